# RUN: %expect %s
# A session's methods configure it unless the catalogue says they only read
# it (its credentials, its regions, the clients it makes); a client's methods
# are API calls, which only use it. An object that is configured after it is
# built is not moved to module scope, whichever name reaches it (a local, an
# attribute of 'self') and whichever function configures it (the one that
# built it, another method of the class, a helper it is passed to): shared
# between invocations, it would keep what an earlier event set.
import boto3
import botocore.session

HOOK_CALLS = []
aws_session = boto3.Session()
sqs = boto3.client("sqs")
session = botocore.session.get_session()
dynamodb = boto3.resource("dynamodb")


def count_call(**kwargs):
    HOOK_CALLS.append(1)


def credentials_handler(event, context):
    # expect: client-in-handler[hoistable]
    session = botocore.session.get_session()
    if event.get("kind") == "a":
        session.set_credentials("AKIDFROMCONFIG", "secret")
    return session.get_credentials().access_key


def config_variable_handler(event, context):
    # expect: client-in-handler[hoistable]
    session = botocore.session.Session()
    if "region" in event and event.get("kind") == "a":
        session.set_config_variable("region", event["region"])
    return session.get_config_variable("region")


class Signer:
    def __init__(self, event):
        # expect: client-in-handler[hoistable]
        self.session = botocore.session.get_session()
        if event.get("kind") == "a":
            self.sign_as(event["id"])

    def sign_as(self, key):
        self.session.set_credentials(key, "secret")

    def key(self):
        return self.session.get_credentials().access_key


def attribute_handler(event, context):
    return Signer(event).key()


def register_hook(session):
    session.register("before-call", count_call)


def helper_handler(event, context):
    # expect: client-in-handler[hoistable]
    session = botocore.session.Session()
    if event.get("kind") == "a":
        register_hook(session)
    # expect: client-in-handler[hoistable]
    s3 = session.create_client("s3")
    try:
        s3.list_buckets()
    except Exception as error:
        return [len(HOOK_CALLS), type(error).__name__]
    return [len(HOOK_CALLS)]


def reading_handler(event, context):
    # Reading a session (its regions, its credentials) does not configure it.
    # expect: client-in-handler[hoistable]
    regions = aws_session.get_available_regions("sqs")
    return [len(regions) > 0, aws_session.get_credentials().access_key]


def api_call_handler(event, context):
    # An API call whose result is unused only uses the client.
    # expect: client-in-handler[hoistable]
    try:
        sqs.get_queue_url(QueueName=event.get("table", "orders"))
    except Exception as error:
        return type(error).__name__
    return "found"


def inline_handler(event, context):
    # Named after what it builds, a session.
    # expect: client-in-handler[hoistable]
    return len(session.get_available_services()) > 0


def resource_client_handler(event, context):
    # A resource's client ('meta.client') calls the service, as a client's
    # own methods do: it only uses the resource.
    # expect: client-in-handler[hoistable]
    try:
        dynamodb.meta.client.list_tables()
    except Exception as error:
        return type(error).__name__
    return "listed"


def resource_client_hook_handler(event, context):
    # Its client's hooks configure it.
    # expect: client-in-handler[hoistable]
    dynamodb = boto3.resource("dynamodb")
    dynamodb.meta.client.meta.events.register(
        "before-call.dynamodb.ListTables", count_call)
    try:
        dynamodb.meta.client.list_tables()
    except Exception as error:
        return [len(HOOK_CALLS), type(error).__name__]
    return [len(HOOK_CALLS)]
