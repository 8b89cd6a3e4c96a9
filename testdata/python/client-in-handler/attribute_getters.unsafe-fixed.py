# RUN: %expect %s
# Reading an attribute runs code: a property's getter on every read, a
# cached property's on the first read of each instance, a class's
# __getattr__ for an attribute it lacks (trial 25: P01, P02, P10). What that
# code builds on the invoke path is built on every invocation, unless the
# instance outlives it.
import functools

import boto3

s3_client = boto3.client("s3")
dynamodb_resource = boto3.resource("dynamodb")
sns_client = boto3.client("sns")
athena_client = boto3.client("athena")


class Storage:
    @property
    def client(self):
        # expect: client-in-handler
        return s3_client


STORAGE = Storage()


def property_handler(event, context):
    return {"region": Storage().client.meta.region_name}


def module_object_handler(event, context):
    # A property runs on every read, whoever holds the instance.
    return {"region": STORAGE.client.meta.region_name}


class Repo:
    @functools.cached_property
    def table(self):
        # expect: client-in-handler
        return dynamodb_resource.Table("orders")


class Settings:
    @functools.cached_property
    def queue(self):
        # Cached on the module-level instance: built once.
        # ok: client-in-handler
        return boto3.client("sqs")


SETTINGS = Settings()


def cached_property_handler(event, context):
    repo = Repo()
    return {"table": repo.table.name, "queue": SETTINGS.queue.meta.region_name}


class Clients:
    def __init__(self):
        self.kms = None

    def __getattr__(self, name):
        # expect: client-in-handler
        return sns_client


def getattr_handler(event, context):
    clients = Clients()
    # 'kms' is set in __init__: only 'topics' runs __getattr__.
    return {"region": clients.topics.meta.region_name, "kms": clients.kms}


class ServiceClients:
    def __getattr__(self, name):
        # The service is the attribute's name: no module-level client could
        # stand for every read.
        # expect: client-in-handler
        client = boto3.client(name)
        setattr(self, name, client)
        return client


def named_service_handler(event, context):
    clients = ServiceClients()
    return {"region": clients.s3.meta.region_name}


class Report:
    @functools.cached_property
    def athena(self):
        # Read by a method of an instance made per invocation, through self.
        # expect: client-in-handler
        return athena_client

    def summary(self):
        return {"region": self.athena.meta.region_name}

    def details(self):
        return self.summary()


class Ledger:
    @functools.cached_property
    def kinesis(self):
        # Its instance is the module's: built once.
        # ok: client-in-handler
        return boto3.client("kinesis")

    def summary(self):
        return {"region": self.kinesis.meta.region_name}


LEDGER = Ledger()


def report_handler(event, context):
    return [Report().details(), LEDGER.summary()]
