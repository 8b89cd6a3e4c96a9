# RUN: %expect %s
# A session whose headers the handler sets is not moved at all, however the
# construction is spelled (trial 22 repro U2): the injection-friendly 'http
# = http or requests.Session()' and a parenthesized one. Moved, even by the
# unsafe fix, one tenant's bearer token would be sent for the next (the
# events without an id answered 'Bearer 1').
import requests


def fetch(event, http=None):
    # expect: connection-in-handler
    http = http or requests.Session()
    if "id" in event:
        http.headers["Authorization"] = "Bearer " + event["id"]
    return http.headers.get("Authorization")


def injected_handler(event, context):
    return fetch(event)


def parenthesized_handler(event, context):
    # expect: connection-in-handler
    http = (requests.Session())
    if "id" in event:
        http.headers["Authorization"] = "Bearer " + event["id"]
    return http.headers.get("Authorization")
