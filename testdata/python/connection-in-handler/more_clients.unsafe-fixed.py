# RUN: %expect %s
import http.client
import os

import pika
import pyodbc
from confluent_kafka import Producer
from neo4j import GraphDatabase
from slack_sdk import WebClient

odbc = pyodbc.connect(os.environ["ODBC"])
producer = Producer({"bootstrap.servers": os.environ["BROKERS"]})
graph = GraphDatabase.driver(os.environ["NEO4J"])
queue = pika.BlockingConnection()
slack = WebClient(token=os.environ["SLACK_TOKEN"])
https = http.client.HTTPSConnection("example.invalid")


def handler(event, context):
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # ok: connection-in-handler
    status = http.client.responses[200]
    return odbc, producer, graph, queue, slack, https, status
