import boto3


def build_report(event, context):
    # The template names 'app.handler' here, and there is no app.py: the
    # handler is not found, and this function is no handler.
    # ok: client-in-handler
    athena = boto3.client("athena")
    return athena.start_query_execution(QueryString=event["query"])
