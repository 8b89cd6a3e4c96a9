# RUN: %expect %s
# A client kept lazily on `self` is built once per instance. On an
# instance the invoke path makes anew (`Cleaner()` in the handler, or in
# what it calls), every invocation finds the attribute empty again and
# builds the client again (fresh24: servian/aws-auto-cleanup, 27 lazily
# built clients in `@property` getters of per-region instances). The fix
# is the one a client built in `__init__` gets. On an instance that lives
# across invocations (made at module level, or kept in a lazy global) and
# on a class attribute, the test keeps it: built once; and so on a
# singleton, whose `__new__` hands back the same instance.
import boto3


class Cleaner:
    def __init__(self, region=None):
        self.region = region
        self._lambda = None
        self._sqs = None
        self._regional = None

    def function_names(self):
        if self._lambda is None:
            # expect: client-in-handler[hoistable]
            self._lambda = boto3.client("lambda")
        return sorted(self._lambda.meta.service_model.operation_names)[:1]

    @property
    def sqs(self):
        if not self._sqs:
            # expect: client-in-handler
            self._sqs = boto3.client("sqs")
        return self._sqs

    @property
    def regional(self):
        if not self._regional:
            # expect: client-in-handler[not-hoistable]
            self._regional = boto3.client("kinesis", region_name=self.region)
        return self._regional


class RegionCleaner(Cleaner):
    pass


class Repository:
    _table = None

    @classmethod
    def table(cls):
        if cls._table is None:
            # ok: client-in-handler
            cls._table = boto3.client("dynamodb")
        return cls._table


class Store:
    def __init__(self):
        # expect: client-in-handler
        self.s3 = boto3.client("s3")


class Service:
    def __init__(self):
        self._store = None
        self._table = None

    @property
    def store(self):
        # Made lazily on a fresh instance: a new Store, and S3 client,
        # each time.
        if self._store is None:
            self._store = Store()
        return self._store

    def table_name(self):
        return Repository.table().meta.service_model.service_name


def handler(event, context):
    cleaner = RegionCleaner(event.get("region", "eu-west-1"))
    return {
        "names": cleaner.function_names(),
        "sqs": cleaner.sqs.meta.region_name,
        "kinesis": cleaner.regional.meta.region_name,
        "s3": Service().store.s3.meta.region_name,
        "table": Service().table_name(),
    }


class Kept:
    def __init__(self):
        self._sns = None

    def sns(self):
        if self._sns is None:
            # ok: client-in-handler
            self._sns = boto3.client("sns")
        return self._sns


KEPT = Kept()


class Lazy:
    def __init__(self):
        self._ssm = None

    def ssm(self):
        if self._ssm is None:
            # ok: client-in-handler
            self._ssm = boto3.client("ssm")
        return self._ssm


_lazy = None


class Clients:
    # A singleton: its `__new__` hands back the one instance each time.
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance._kms = None
        return cls._instance

    def kms(self):
        if self._kms is None:
            # ok: client-in-handler
            self._kms = boto3.client("kms")
        return self._kms


def kept_handler(event, context):
    global _lazy
    if _lazy is None:
        _lazy = Lazy()
    return {"sns": KEPT.sns().meta.region_name,
            "ssm": _lazy.ssm().meta.region_name,
            "kms": Clients().kms().meta.region_name}
