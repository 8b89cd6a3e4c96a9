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

odbc = pyodbc.connect(os.environ["ODBC"])
producer = Producer({"bootstrap.servers": os.environ["BROKERS"]})
graph = GraphDatabase.driver(os.environ["NEO4J"])
queue = pika.BlockingConnection()
slack = WebClient(token=os.environ["SLACK_TOKEN"])
https = http.client.HTTPSConnection("example.invalid")
cache = memcache.Client([os.environ["MEMCACHED"]])


def handler(event, context):
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    # expect: connection-in-handler
    ring = HashClient(os.environ["MEMCACHED"].split(","))
    # ok: connection-in-handler
    status = http.client.responses[200]
    return odbc, producer, graph, queue, slack, https, cache, ring, status
