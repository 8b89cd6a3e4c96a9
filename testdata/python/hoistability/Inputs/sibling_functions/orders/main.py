# OrdersFn's entry point sets its own app's region after importing it.
import app

app.REGION = "eu-west-3"


def handler(event, context):
    return app.handler(event, context)
