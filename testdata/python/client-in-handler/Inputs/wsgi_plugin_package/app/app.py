import boto3
from flask import Flask, jsonify

app = Flask(__name__)
table = boto3.client("dynamodb")


@app.route("/companies", methods=["GET"])
def companies():
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return jsonify(buckets=len(s3.list_buckets()["Buckets"]),
                   items=table.scan(TableName="companies")["Items"])


def unrouted():
    # ok: client-in-handler
    return boto3.client("sqs")
