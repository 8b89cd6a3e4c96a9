# RUN: %expect %s
import http.client
import os

import memcache
import pika
import pyodbc
from confluent_kafka import Producer
from neo4j import GraphDatabase
from pymemcache import HashClient
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
    # expect: connection-in-handler
    cache = memcache.Client([os.environ["MEMCACHED"]])
    # expect: connection-in-handler
    ring = HashClient(os.environ["MEMCACHED"].split(","))
    # ok: connection-in-handler
    status = http.client.responses[200]
    return odbc, producer, graph, queue, slack, https, cache, ring, status
