# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# Whether a construction behind a condition runs on every invocation: `queue
# or Queue()` in `__init__(self, queue=None)`, which the handler calls
# without a queue, builds one every time (fresh31b t_reaches); one a caller
# may give a queue builds one only when it does not. A construction in an
# `except` clause runs only when its `try` fails (fresh31 t_py_except).
import boto3

sqs_resource = boto3.resource("sqs")
sns_client = boto3.client("sns")


class Queue:
    def __init__(self):
        # CHECK: :[[@LINE+2]]:{{.*}} on every invocation of handler 'left_out_handler' (through 'Core.__init__' -> 'Queue.__init__');
        # expect: client-in-handler[hoistable]
        self.q = sqs_resource


class Core:
    def __init__(self, queue=None):
        self.queue = queue or Queue()


def left_out_handler(event, context):
    return Core().queue


class Topic:
    def __init__(self):
        # CHECK: :[[@LINE+2]]:{{.*}} on every invocation of handler 'given_handler' that reaches it (through 'Notifier.__init__' -> 'Topic.__init__');
        # expect: client-in-handler[hoistable]
        self.sns = sns_client


class Notifier:
    def __init__(self, topic=None):
        self.topic = topic or Topic()


def given_handler(event, context):
    return Notifier(event.get("topic")).topic


def except_handler(event, context):
    try:
        return {"ok": event["id"]}
    except KeyError:
        # CHECK: :[[@LINE+2]]:{{.*}} on every invocation of handler 'except_handler' that reaches it;
        # expect: client-in-handler[hoistable]
        sns_client.publish(TopicArn="arn:aws:sns:us-east-1:1:t", Message="failed")
        raise
