# RUN: %expect %s
# A method that sets a class attribute through its instance's class
# (type(self), self.__class__) changes it for every later use: a
# construction reading it is not hoistable.
import boto3


class Repo:
    REGION = "us-east-1"

    def __init__(self, event):
        if event.get("region"):
            type(self).REGION = event["region"]
        # expect: client-in-handler[not-hoistable]
        self.table = boto3.resource("dynamodb", region_name=Repo.REGION)


class Queue:
    REGION = "us-east-1"

    def __init__(self, event):
        if event.get("region"):
            self.__class__.REGION = event["region"]
        # expect: client-in-handler[not-hoistable]
        self.sqs = boto3.client("sqs", region_name=Queue.REGION)


def handler(event, context):
    return [
        Repo(event).table.meta.client.meta.region_name,
        Queue(event).sqs.meta.region_name,
    ]
