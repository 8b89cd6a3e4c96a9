import boto3

from .connections import connect


class Base:
    def __init__(self):
        self.db = connect()


class Store(Base):
    def __init__(self, table):
        super().__init__()
        # expect: client-in-handler
        self.table = boto3.resource("dynamodb").Table(table)

    def save(self, item):
        self._client().put_record(Record=item)

    def _client(self):
        # expect: client-in-handler
        return boto3.client("firehose")

    def unused(self):
        # ok: client-in-handler
        return boto3.client("kinesis")
