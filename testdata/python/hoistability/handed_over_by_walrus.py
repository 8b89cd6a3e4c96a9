# RUN: %expect %s
# The client handed to a helper through a walrus argument
# ('instrument(c := s3)', trial 17 repro 09) is handed over as it is
# passed plainly: the helper registers a hook on it, and moved to module
# scope every invocation would add one more: no fix.
import boto3

CALLS = []


def _hook(**kwargs):
    CALLS.append(1)


def instrument(client):
    client.meta.events.register("before-parameter-build.s3.GetObject", _hook)


def handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    instrument(c := s3)
    before = len(CALLS)
    c.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before
