import boto3

from service.resolver import ORDERS_PATH, app


@app.post(ORDERS_PATH)
def create_order():
    # expect: client-in-handler
    sqs = boto3.client("sqs")
    return {"queued": sqs.send_message(QueueUrl="q", MessageBody="{}")["MessageId"]}


def lambda_handler(event, context):
    return app.resolve(event, context)
