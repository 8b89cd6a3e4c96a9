# RUN: %expect %s
# A client kept in an attribute of a per-invocation object is configured
# from outside the class's own code (trial 17 repro 16): by the handler
# through the instance ('svc.s3.meta.events.register(...)'), by a helper
# the instance is handed to ('wire(self)'), through a property returning
# it, by the wrapper a decorator of one of its methods puts around it, or
# through a part of it a property or method gives back or a context
# manager method yields ('svc.config.connect_timeout = ...',
# 'svc.emitter().register(...)', 'with svc.hooks() as events'; Python trial
# 25, causes 1 and 2). Moved to module scope, every invocation would add a
# hook to the one shared client: no safe fix. A service that only uses its
# client, or reads a part it gives back, keeps the fix.
import contextlib

import boto3

CALLS = []
logs_client = boto3.client("logs")


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


class ConfigService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self._ssm = boto3.client("ssm")

    @property
    def config(self):
        return self._ssm.meta.config


class EventsService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self._sts = boto3.client("sts")

    def emitter(self):
        return self._sts.meta.events


class HooksService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self._ecs = boto3.client("ecs")

    @contextlib.contextmanager
    def hooks(self):
        yield self._ecs.meta.events


class PlainService:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self.logs = logs_client

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


def config_handler(event, context):
    svc = ConfigService()
    if "timeout" in event:
        svc.config.connect_timeout = event["timeout"]
    return svc._ssm.meta.config.connect_timeout


def events_handler(event, context):
    svc = EventsService()
    svc.emitter().register("before-parameter-build.sts", _hook)
    return svc._sts.meta.region_name


def hooks_handler(event, context):
    svc = HooksService()
    with svc.hooks() as events:
        events.register("before-parameter-build.ecs", _hook)
    return svc._ecs.meta.region_name
