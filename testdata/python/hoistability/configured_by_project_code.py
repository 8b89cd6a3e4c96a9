# RUN: %expect %s
# Project code the client is handed to registers an event hook on it: a
# decorator factory whose inner function uses it ('@on(s3, ...)'), an
# augmented assignment that runs a class's __iadd__ ('tracer += sqs'), and
# an override in the subclass the handler is an instance of
# ('self.instrument(sns)' runs Traced.instrument). Built at INIT, the
# client would gather one more hook each invocation. No safe fix
# (trial 12 repros 42, 50, 52; configured_by_project_code.test runs the
# unsafe fixes and sees the hooks accumulate).
import boto3

CALLS = []


def on(client, event_name):
    def register(function):
        client.meta.events.register(event_name, function)
        return function

    return register


def decorator_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")

    @on(s3, "before-sign.s3")
    def count(**kwargs):
        CALLS.append(1)

    before = len(CALLS)
    s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before


class Tracer:
    def __iadd__(self, client):
        client.meta.events.register(
            "before-sign.s3", lambda **kwargs: CALLS.append(1))
        return self


def iadd_handler(event, context):
    # expect: client-in-handler[hoistable]
    s3 = boto3.client("s3")
    tracer = Tracer()
    tracer += s3
    before = len(CALLS)
    s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before


class Base:
    def instrument(self, client):
        pass

    def __call__(self, event, context):
        # expect: client-in-handler[hoistable]
        s3 = boto3.client("s3")
        self.instrument(s3)
        before = len(CALLS)
        s3.generate_presigned_url(
            "get_object", Params={"Bucket": "b", "Key": "k"})
        return len(CALLS) - before


class Traced(Base):
    def instrument(self, client):
        client.meta.events.register(
            "before-sign.s3", lambda **kwargs: CALLS.append(1))


handler = Traced()
