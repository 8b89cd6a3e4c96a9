# RUN: %expect %s
# A handler that writes a file named as the SDK's configuration, in /tmp
# where AWS_CONFIG_FILE may point (Lambda's home is read-only): a client
# built at INIT, before the file exists, would read none of it.
import boto3


def handler(event, context):
    with open("/tmp/aws/config", "w") as config:
        config.write("[default]\nretry_mode = adaptive\n")
    # expect: client-in-handler[hoistable]
    ddb = boto3.client("dynamodb")
    return {"retries": ddb.meta.config.retries}
