# Routes of a Flask app, and of a blueprint it registers, run through
# serverless_wsgi.handle_request(app, event, context) in the handler, each
# for the requests it matches.
# RUN: %expect %s
import boto3
import serverless_wsgi
from flask import Blueprint, Flask, request

app = Flask(__name__)
admin = Blueprint("admin", __name__)


@app.route("/buckets")
def buckets():
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return {"count": len(s3.list_buckets()["Buckets"])}


@admin.get("/queues")
def queues():
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    return sqs.list_queues()


@app.route("/regional")
def regional():
    # The request being served is the event's data: the client cannot move
    # to module scope.
    # expect: client-in-handler[not-hoistable]
    storage = boto3.client("s3", region_name=request.args["region"])
    return {"count": len(storage.list_buckets()["Buckets"])}


def not_a_route():
    # Registered on nothing, called by nothing: never runs.
    # ok: client-in-handler
    return boto3.client("kinesis")


app.register_blueprint(admin, url_prefix="/admin")


def handler(event, context):
    return serverless_wsgi.handle_request(app, event, context)
