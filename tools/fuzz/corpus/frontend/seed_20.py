import shared.util as util
from aws_helpers import make_client
from shared import clients
from shared.store import Store


def lambda_handler(event, context):
    s3 = make_client("s3")
    store = Store(event["table"])
    store.save(event)
    util.send(event)
    util.sns().publish(Message="done")
    util.countdown(3)
    return clients.get_cached("sqs"), s3
