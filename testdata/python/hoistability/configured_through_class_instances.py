# RUN: %expect %s
# A client kept in an attribute of a class's instance, configured where
# the instance is reached by another name: a function the class decorates
# is an instance of it ('@with_s3 def handler', then
# 'handler.client.meta.events.register(...)'), as is a module-level
# 'service = Service()'; and a classmethod's 'cls.configure(c)' runs the
# override of the subclass it is called through, as 'self.configure(c)'
# does (trial 26: N1, N2, P1: hooks 1, 1, 1 became 1, 2, 3 with the safe
# fix). Moved to module scope, every invocation would add a hook: no fix.
import boto3

CALLS = []


def count_call(**kwargs):
    CALLS.append(1)


class with_s3:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, event, context):
        # expect: client-in-handler[hoistable]
        self.client = boto3.client("s3")
        return self.fn(event, context)


@with_s3
def handler(event, context):
    handler.client.meta.events.register("before-call.*", count_call)
    return {"region": handler.client.meta.region_name}


class Service:
    def refresh(self):
        # expect: client-in-handler[hoistable]
        self.sqs = boto3.client("sqs")


service = Service()


def service_handler(event, context):
    service.refresh()
    service.sqs.meta.events.register("before-call.*", count_call)
    return {"region": service.sqs.meta.region_name}


class Base:
    @classmethod
    def client(cls):
        # expect: client-in-handler[hoistable]
        c = boto3.client("sns")
        cls.configure(c)
        return c

    @classmethod
    def configure(cls, c):
        pass


class Traced(Base):
    @classmethod
    def configure(cls, c):
        c.meta.events.register("before-call.*", count_call)


def traced_handler(event, context):
    return {"region": Traced.client().meta.region_name}
