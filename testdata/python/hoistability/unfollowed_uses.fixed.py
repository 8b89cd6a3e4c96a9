# RUN: %expect %s
# A client read in a function or lambda nested in the handler, or put in a
# tuple, list or dictionary, is reached where hoist does not follow what is
# done with it: each may register an event hook, which on a client kept at
# module scope would pile up, one more per invocation. Hoistable, but no fix.
import boto3

CALLS = []
ssm = boto3.client("ssm", region_name="us-east-1")


def count(**kwargs):
    CALLS.append(1)


def lambda_hook_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3", region_name="us-east-1")
    install = lambda: s3.meta.events.register("before-parameter-build", count)
    install()
    return s3.meta.region_name


def nested_hook_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs", region_name="us-east-1")

    def install():
        sqs.meta.events.register("before-parameter-build", count)

    install()
    return sqs.meta.region_name


def container_handler(event, context):
    # expect: client-in-handler[hoistable]
    sns = boto3.client("sns", region_name="us-east-1")
    for client in [sns]:
        client.meta.events.register("before-parameter-build", count)
    return sns.meta.region_name


def unpacked_handler(event, context):
    # expect: client-in-handler[hoistable]
    kms = boto3.client("kms", region_name="us-east-1")
    (client, _) = (kms, None)
    client.meta.events.register("before-parameter-build", count)
    return kms.meta.region_name


def plain_handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": ssm.meta.region_name}
