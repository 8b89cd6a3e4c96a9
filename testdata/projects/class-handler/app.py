import boto3
import requests


class App:
    def __init__(self):
        # Runs once, when `handler = App().handle` runs at import.
        # ok: client-in-handler
        self.s3 = boto3.client("s3")

    def handle(self, event, context):
        # expect: client-in-handler
        sqs = boto3.client("sqs")
        return self.process(event), sqs

    def process(self, event):
        # expect: connection-in-handler
        return requests.Session()


handler = App().handle


def get_session():
    # expect: client-in-handler
    return boto3.Session()


def lambda_handler(event, context):
    # The factory's session is a boto3 Session, so this builds a client too.
    # expect: client-in-handler
    return get_session().client("s3")


class Settings:
    # Class attributes are built once, when the class statement runs at import.
    # ok: client-in-handler
    ssm = boto3.client("ssm")

    def read(self, name):
        return self.ssm.get_parameter(Name=name)


def settings_handler(event, context):
    return Settings().read(event["name"])


class Clients:
    def __init__(self):
        self._dynamodb = None

    @property
    def dynamodb(self):
        if self._dynamodb is None:
            # A cached attribute on a long-lived instance.
            # ok: client-in-handler
            self._dynamodb = boto3.resource("dynamodb")
        return self._dynamodb

    def table(self, name):
        if self._dynamodb is None:
            # ok: client-in-handler
            self._dynamodb = boto3.resource("dynamodb")
        return self._dynamodb.Table(name)


CLIENTS = Clients()


def table_handler(event, context):
    return CLIENTS.table(event["table"]).get_item(Key=event["key"])


class Callable:
    def __call__(self, event, context):
        # Lambda calls the instance: __call__ runs on every invocation.
        # expect: connection-in-handler
        return requests.Session().get(event["url"])


callable_handler = Callable()
