import json
import os

import boto3
import pymysql

from .base import BaseRepository


class OrderRepository(BaseRepository):
    def __init__(self, connection):
        self.connection = connection

    @classmethod
    def create(cls):
        # expect: connection-in-handler
        connection = pymysql.connect(host=os.environ.get("DB_HOST", "localhost"))
        return cls(connection)

    def write(self, order):
        with self.connection.cursor() as cursor:
            cursor.execute("INSERT INTO orders VALUES (%s)", (json.dumps(order),))

    def publish(self, order):
        # BaseRepository.save runs this override for an OrderRepository.
        # expect: client-in-handler
        events = boto3.client("events")
        events.put_events(Entries=[{"Detail": json.dumps(order)}])
