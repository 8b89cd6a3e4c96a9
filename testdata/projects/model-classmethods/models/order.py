import os

import boto3
from pynamodb.attributes import UnicodeAttribute

from .base import BaseModel


class Order(BaseModel):
    class Meta(BaseModel.Meta):
        table_name = os.environ.get("ORDERS_TABLE", "orders")

    id = UnicodeAttribute(hash_key=True)

    @classmethod
    def table(cls):
        # expect: client-in-handler
        dynamodb = boto3.resource("dynamodb", region_name=cls.Meta.region)
        return dynamodb.Table(cls.Meta.table_name)

    @staticmethod
    def archive(order_id):
        # expect: client-in-handler
        s3 = boto3.client("s3")
        s3.put_object(Bucket=os.environ.get("ARCHIVE_BUCKET", "archive"),
                      Key=order_id, Body=b"")


class Customer(BaseModel):
    class Meta(BaseModel.Meta):
        table_name = "customers"

    @classmethod
    def table(cls):
        # Another subclass's override: no handler reads customers.
        # ok: client-in-handler
        return boto3.resource("dynamodb").Table(cls.Meta.table_name)
