# RUN: %expect %s
# A client or pool configured after building through a target that is not a
# plain `x.a = v` or `x[k] = v`: one element of a tuple target, a loop's
# target. Kept at module scope, it would carry one invocation's user agent,
# endpoint or header into the next: no fix. A tuple target that only reads
# the client keeps the safe fix.
import boto3
import urllib3

sns = boto3.client("sns")


def user_agent_handler(event, context):
    # expect: client-in-handler[hoistable]
    sqs = boto3.client("sqs")
    if event.get("region"):
        sqs.meta.config.user_agent_extra, tag = "r/" + event["region"], 1
    return {"ua": sqs.meta.config.user_agent_extra}


def endpoint_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    if event.get("region"):
        s3._endpoint.host, _ = "https://%s.example.com" % event["region"], None
    return s3._endpoint.host


def header_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager()
    if event.get("id"):
        http.headers["Authorization"], _ = "Bearer " + event["id"], None
    return dict(http.headers)


def header_loop_handler(event, context):
    # expect: connection-in-handler
    http = urllib3.PoolManager()
    for http.headers["X-Region"] in [event["region"]] if "region" in event else []:
        pass
    return dict(http.headers)


def reading_handler(event, context):
    # expect: client-in-handler[hoistable]
    region, n = sns.meta.region_name, len(event)
    return [region, n]
