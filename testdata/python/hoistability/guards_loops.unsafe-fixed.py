# RUN: %expect %s
# A loop whose body or 'else' returns, and a 'try' whose 'else' returns, can
# end the handler before a construction that can fail (ALERT_REGION is not
# set): at INIT it would fail every invocation, where the original answered.
import os

import boto3

sns = boto3.client("sns", region_name=os.environ["ALERT_REGION"])


def loop_handler(event, context):
    for error in event.get("errors", []):
        return {"statusCode": 400, "body": error}
    # expect: client-in-handler[hoistable]
    return {"statusCode": 200, "body": sns.meta.region_name}


def try_else_handler(event, context):
    try:
        key = event["key"]
    except KeyError:
        pass
    else:
        return {"statusCode": 200, "cached": key}
    # expect: client-in-handler[hoistable]
    return {"statusCode": 404, "body": sns.meta.region_name}


def for_else_handler(event, context):
    for record in event.get("Records", []):
        if record.get("eventName") == "REMOVE":
            break
    else:
        return {"statusCode": 204}
    # expect: client-in-handler[hoistable]
    return {"statusCode": 200, "alert_region": sns.meta.region_name}
