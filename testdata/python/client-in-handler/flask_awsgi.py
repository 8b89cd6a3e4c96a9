# Routes of a Flask app, and of a blueprint it registers, run through
# awsgi.response(app, event, context) in the handler, each for the requests
# it matches. awsgi makes a WSGI request of the event (a dict of its own)
# and changes neither the environment nor the app: a client a route builds
# moves (Python trial 37, 10-safe-frameworks-layers).
# RUN: %expect %s
import awsgi
import boto3
from flask import Blueprint, Flask

app = Flask(__name__)
api = Blueprint("api", __name__)


@api.route("/queues")
def queues():
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    return {"region": sqs.meta.region_name}


app.register_blueprint(api)


def lambda_handler(event, context):
    return awsgi.response(app, event, context)
