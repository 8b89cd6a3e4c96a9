# RUN: %expect %s
# A client kept in an attribute of a per-invocation object is configured
# from outside the class's own code (trial 17 repro 16): by the handler
# through the instance ('svc.s3.meta.events.register(...)'), by a helper
# the instance is handed to ('wire(self)'), through a property returning
# it, by the wrapper a decorator of one of its methods puts around it. Moved to module scope, every invocation would add a hook to the one
# shared client: no safe fix. A service that only uses its client keeps
# the fix.
import boto3

CALLS = []


def _hook(**kwargs):
    CALLS.append(1)


def wire(service):
    service.sqs.meta.events.register("before-parameter-build.sqs", _hook)


def traced(method):
    def wrapper(self, *args, **kwargs):
        self.kms.meta.events.register("before-parameter-build.kms", _hook)
        return method(self, *args, **kwargs)

    return wrapper


class OrderService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self.s3 = boto3.client("s3")


class WiredService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self.sqs = boto3.client("sqs")

    def run(self):
        wire(self)


class PropertyService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self._sns = boto3.client("sns")

    @property
    def sns(self):
        return self._sns

    def run(self):
        self.sns.meta.events.register("before-parameter-build.sns", _hook)


class TracedService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self.kms = boto3.client("kms")

    @traced
    def run(self):
        return 1


class PlainService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self.logs = boto3.client("logs")

    def region(self):
        return self.logs.meta.region_name


def handler(event, context):
    svc = OrderService()
    svc.s3.meta.events.register("before-parameter-build.s3.GetObject", _hook)
    before = len(CALLS)
    svc.s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
    return len(CALLS) - before


def wired_handler(event, context):
    svc = WiredService()
    svc.run()
    return len(svc.sqs.meta.events._emitter._handlers)


def property_handler(event, context):
    svc = PropertyService()
    svc.run()
    return len(svc.sns.meta.events._emitter._handlers)


def traced_handler(event, context):
    svc = TracedService()
    svc.run()
    return len(svc.kms.meta.events._emitter._handlers)


def plain_handler(event, context):
    return PlainService().region()
