# Chalice deploys `app` in app.py as the handler 'app.app', named by no
# configuration: Lambda calls the object, which runs the functions registered
# on it (and on the blueprints it registers), each for the events it matches.
import boto3
import pymysql
from chalice import Chalice

from chalicelib.reports import reports

app = Chalice(app_name="orders")
app.register_blueprint(reports, url_prefix="/reports")


@app.route("/orders/{order_id}")
def get_order(order_id):
    # expect: client-in-handler
    dynamodb = boto3.resource("dynamodb")
    return dynamodb.Table("orders").get_item(Key={"id": order_id})


@app.route("/orders", methods=["POST"])
def create_order():
    # A connection that may fail would fail every INIT at module scope, where
    # only the events of this route ever built it: an unsafe fix.
    # expect: connection-in-handler
    connection = pymysql.connect(host="db.invalid", user="app")
    return {"created": connection.open}


@app.on_s3_event(bucket="uploads")
def on_upload(event):
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.head_object(Bucket=event.bucket, Key=event.key)


@app.schedule("rate(1 hour)")
def hourly(event):
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    return sqs.list_queues()


@app.lambda_function()
def worker(event, context):
    # expect: client-in-handler
    sns = boto3.client("sns")
    return sns.list_topics()


@app.route("/regional")
def regional():
    # `app.current_request` is the request being served: event data.
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=app.current_request.query_params["r"])
    return s3.list_buckets()


def not_registered():
    # Registered nowhere, called by nothing: never runs.
    # ok: client-in-handler
    return boto3.client("kinesis")
