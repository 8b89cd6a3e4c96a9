# The function's entry point loads app by name, then sets its region.
app = __import__("app")
app.REGION = "eu-west-1"


def handler(event, context):
    return app.handler(event, context)
