import requests


def main(event, context):
    # expect: connection-in-handler
    return requests.Session().post("https://pay.invalid", json=event)
