# The function's entry point: the same code, deployed in another region.
import app

app.REGION = "eu-west-3"


def handler(event, context):
    return app.handler(event, context)
