# RUN: %expect %s
# boto3.client builds from boto3's default session: a handler that registers
# hooks on it, or sets its configuration, through 'boto3.DEFAULT_SESSION',
# 'boto3._get_default_session()' or a module-level name bound to it, makes
# the client differ from one invocation to the next. Built at INIT, before
# that code, the client would miss it.
import boto3

boto3.setup_default_session()
SESSION = boto3._get_default_session()


class Audited:
    def audited(self):
        return "audited"


def add_audit(class_attributes, base_classes, **kwargs):
    base_classes.insert(0, Audited)


def attribute_handler(event, context):
    boto3.DEFAULT_SESSION.events.register(
        "creating-client-class.dynamodb", add_audit, unique_id="audit")
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    return {"audit": ddb.audited()}


def alias_handler(event, context):
    SESSION.events.register(
        "creating-client-class.sqs", add_audit, unique_id="audit")
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    return {"audit": sqs.audited()}


def local_handler(event, context):
    session = boto3._get_default_session()
    session.events.register(
        "creating-client-class.sns", add_audit, unique_id="audit")
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns")
    return {"audit": sns.audited()}


def region_handler(event, context):
    if "region" in event:
        boto3.DEFAULT_SESSION._session.set_config_variable("region", event["region"])
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms")
    return {"region": kms.meta.region_name}


def reading_handler(event, context):
    # Building a client from it leaves it as it was: the move of 'ssm' is
    # safe ('logs' is unsafe: the default session may be None at INIT).
    # expect: client-in-handler[hoistable]
    logs = boto3.DEFAULT_SESSION.client("logs")
    # expect: client-in-handler[hoistable]
    ssm = boto3.client("ssm")
    return {"regions": [logs.meta.region_name, ssm.meta.region_name]}
