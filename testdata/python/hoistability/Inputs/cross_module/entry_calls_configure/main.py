# The function's entry point imports the handler's module, then calls
# project code that sets the region (trial 22, repro 06: a package's
# __init__.py re-exporting the handler, then calling configure()).
import app
from config import configure

configure()


def handler(event, context):
    return app.handler(event, context)
