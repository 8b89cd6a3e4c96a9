# RUN: %expect %s
# A handler that writes a file named as the SDK's configuration, in /tmp
# where AWS_CONFIG_FILE may point (Lambda's home is read-only): a client
# built at INIT, before the file exists, would read none of it.
import boto3

ddb = boto3.client("dynamodb")
sqs = boto3.client("sqs")


def handler(event, context):
    with open("/tmp/aws/config", "w") as config:
        config.write("[default]\nretry_mode = adaptive\n")
    # expect: client-in-handler[hoistable]
    return {"retries": ddb.meta.config.retries}


def named_file_handler(event, context):
    # Any file may be AWS_CONFIG_FILE's: one named like the SDK's, in its INI
    # format, may be (a '.json' one is not).
    with open("/tmp/app_awscfg", "w") as config:
        config.write("[default]\nregion = %s\n" % event.get("region", "us-east-2"))
    # expect: client-in-handler[hoistable]
    return {"region": sqs.meta.region_name}
