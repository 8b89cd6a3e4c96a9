# The function's entry point configures the module through a helper it
# hands the module to.
import app


def configure(module, region):
    setattr(module, "REGION", region)


configure(app, "eu-west-3")


def handler(event, context):
    return app.handler(event, context)
