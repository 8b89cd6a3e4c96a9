# RUN: %expect %s
# A class attribute changed in place through a loop or comprehension target,
# which hoist does not follow and so may be the class, a subclass or an
# instance of one: a tuple of classes, a registry's values, the instances of
# a list, a subclass's `__mro__` walked with `vars(...)` (which may be any
# class with an attribute of that name). No fix. A class attribute of
# another name, whose keys a loop only reads, keeps the safe fix.
import boto3


class ReadOnly:
    defaults = {"region_name": "us-east-1"}

sns = boto3.client("sns", **ReadOnly.defaults)


class S3Opts:
    opts = {"region_name": "us-east-1"}


class SqsOpts:
    opts = {"region_name": "us-east-1"}


class Handler:
    opts = {"region_name": "us-east-1"}


class Orders(Handler):
    pass


HANDLERS = [Orders()]


class Base:
    opts = {"region_name": "us-east-1"}


class Child(Base):
    pass


def classes_handler(event, context):
    for c in (S3Opts, SqsOpts):
        c.opts["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    s3 = boto3.client("s3", **S3Opts.opts)
    return s3.meta.region_name


def instances_handler(event, context):
    for h in HANDLERS:
        h.opts.update(region_name=event.get("region", "us-east-1"))
    # expect: client-in-handler[not-hoistable]
    sqs = boto3.client("sqs", **Handler.opts)
    return sqs.meta.region_name


def mro_handler(event, context):
    for klass in Child.__mro__:
        if "opts" in vars(klass):
            vars(klass)["opts"]["region_name"] = event.get("region", "us-east-1")
    # expect: client-in-handler[not-hoistable]
    ddb = boto3.client("dynamodb", **Base.opts)
    return ddb.meta.region_name


def reading_handler(event, context):
    names = [key for key in ReadOnly.defaults]
    # expect: client-in-handler[hoistable]
    return [sns.meta.region_name, names]
