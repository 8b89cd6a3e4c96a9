# RUN: %expect %s
import http.client
import os

import pika
import pyodbc
from confluent_kafka import Producer
from neo4j import GraphDatabase
from slack_sdk import WebClient


def handler(event, context):
    # expect: connection-in-handler
    odbc = pyodbc.connect(os.environ["ODBC"])
    # expect: connection-in-handler
    producer = Producer({"bootstrap.servers": os.environ["BROKERS"]})
    # expect: connection-in-handler
    graph = GraphDatabase.driver(os.environ["NEO4J"])
    # expect: connection-in-handler
    queue = pika.BlockingConnection()
    # expect: connection-in-handler
    slack = WebClient(token=os.environ["SLACK_TOKEN"])
    # expect: connection-in-handler
    https = http.client.HTTPSConnection("example.invalid")
    # ok: connection-in-handler
    status = http.client.responses[200]
    return odbc, producer, graph, queue, slack, https, status
