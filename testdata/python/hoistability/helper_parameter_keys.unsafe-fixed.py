# RUN: %expect %s
# A helper builds what its caller names ('get_client(service, event)', the
# AWS Config rules' template): the construction reads the helper's
# parameter, so it cannot move to module scope as it is. A cache by that
# parameter keeps one object per value, as one module-level object per call
# site would: safe when every call passes a constant (a literal, a
# module-level name bound once to one), unsafe when a call passes what
# varies ('client_for(event["service"])'), which the cache would keep one
# object per value of. The branch the event decides, under a module-level
# constant that is false, builds from credentials in the event: not
# reported.
import boto3
import functools

ASSUME_ROLE_MODE = False
CONFIG_SERVICE = "config"

@functools.lru_cache(maxsize=32)
def _client_for(service):
    return boto3.client(service, region_name="eu-west-1")



def get_client(service, event):
    if not ASSUME_ROLE_MODE:
        # expect: client-in-handler[hoistable]
        return _client_for(service)
    credentials = event["credentials"]
    return boto3.client(
        service,
        aws_access_key_id=credentials["AccessKeyId"],
        aws_secret_access_key=credentials["SecretAccessKey"],
        aws_session_token=credentials["SessionToken"],
    )


def evaluate(event):
    ec2 = get_client("ec2", event)
    return ec2.meta.service_model.service_name


def rule_handler(event, context):
    config = get_client(CONFIG_SERVICE, event)
    return {"evaluated": evaluate(event), "config": config.meta.region_name}


def client_for(service):
    # expect: client-in-handler[hoistable]
    return _client_for(service)


def fixed_handler(event, context):
    return client_for("sqs").meta.service_model.service_name


def chosen_handler(event, context):
    return client_for(event.get("service", "sns")).meta.service_model.service_name
