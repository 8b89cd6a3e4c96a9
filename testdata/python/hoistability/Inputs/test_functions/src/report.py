from src.storage import get_report


def lambda_handler(event, context):
    return get_report(event["key"])
