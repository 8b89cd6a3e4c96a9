# RUN: %expect %s
# A class attribute holding a container is changed in place through an
# instance that has no attribute of its own of that name: an item set on a
# local instance, `self.opts[...]` in a method, a subclass's
# `self.settings.update(...)`, `getattr(self, "shared")[...]`. A client
# built from the class attribute depends on what the last invocation set:
# not hoistable. An instance that sets its own attribute in __init__
# changes only its own, and the client keeps its safe fix.
import boto3


class Settings:
    opts = {"region_name": "us-east-1"}


def apply_tenant(event):
    settings = Settings()
    settings.opts["region_name"] = event.get("region", "us-east-1")


def local_instance_handler(event, context):
    apply_tenant(event)
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", region_name=Settings.opts["region_name"])
    return s3.meta.region_name


class ClientOptions:
    opts = {"region_name": "us-east-1"}

    def for_tenant(self, event):
        self.opts["region_name"] = event.get("region", "us-east-1")
        return self


def method_handler(event, context):
    ClientOptions().for_tenant(event)
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", **ClientOptions.opts)
    return sqs.meta.region_name


class Base:
    settings = {"region": "us-east-1"}


class Tenant(Base):
    def __init__(self, event):
        self.settings.update(region=event.get("region", "us-east-1"))


def subclass_handler(event, context):
    Tenant(event)
    # expect: client-in-handler[not-hoistable]
    sns = boto3.client("sns", region_name=Base.settings["region"])
    return sns.meta.region_name


class Context:
    shared = {"endpoint": None}

    def use(self, event):
        getattr(self, "shared")["endpoint"] = event.get("endpoint")


def getattr_handler(event, context):
    Context().use(event)
    # expect: client-in-handler[not-hoistable]
    ssm = boto3.client("ssm", endpoint_url=Context.shared["endpoint"])
    return ssm.meta.endpoint_url


class Own:
    defaults = {"region_name": "eu-west-1"}

    def __init__(self, event):
        self.defaults = dict(Own.defaults)
        self.defaults["region_name"] = event.get("region", "eu-west-1")

kms = boto3.client("kms", region_name=Own.defaults["region_name"])


def own_attribute_handler(event, context):
    tenant = Own(event)
    # expect: client-in-handler[hoistable]
    return tenant.defaults["region_name"], kms.meta.region_name
