# The function's entry point swaps the handler module's boto3 for a stand-in
# on some events, at invocation time.
import app
import stand_in_boto3


def handler(event, context):
    if event.get("kind") == "a":
        app.boto3 = stand_in_boto3
    return app.handler(event, context)
