# RUN: %expect %s
# Python mangles a private name ('__s3', not '__init__') spelled inside a
# class: a method's '__s3' is compiled as '_Repo__s3' (trial 22 repros 09
# and U1). A name hoist writes or moves is never one: the module-level
# object gets a name of its own and the private local stays, bound to it; a
# local that would have to move with the construction keeps it where it
# is; the unsafe cache factory is named with one leading underscore, after
# what it builds (not '__west_1_session...' from the f-string's text).
import os

import boto3

dynamodb_client = boto3.client("dynamodb")


class Repo:
    def region(self):
        # expect: client-in-handler[hoistable]
        __client = dynamodb_client
        return __client.meta.region_name

    def endpoint(self):
        __region = os.environ.get("TABLE_REGION", "us-east-1")
        # expect: client-in-handler[hoistable]
        sqs = boto3.client("sqs", region_name=__region)
        return [sqs.meta.region_name, __region]

    def session_region(self, event):
        # expect: client-in-handler
        session = boto3.Session(region_name=f"{event.get('kind', 'a')}-west-1")
        return session.region_name


def handler(event, context):
    return [Repo().region(), Repo().endpoint()]


def cached_handler(event, context):
    return Repo().session_region(event)
