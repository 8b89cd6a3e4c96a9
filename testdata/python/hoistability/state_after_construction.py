# Handlers that close or configure what they built: reported, no safe hoist
# (state_after_construction.test checks why).
# RUN: %expect %s
import os

import boto3
import pymysql
import requests


def closes_later(event, context):
    # expect: connection-in-handler
    conn = pymysql.connect(host=os.environ["DB_HOST"])
    rows = conn.query("select 1")
    conn.close()
    return rows


def with_block(event, context):
    # expect: connection-in-handler
    conn = pymysql.connect(host=os.environ["DB_HOST"])
    with conn:
        return conn.query("select 1")


def configured_item(event, context):
    # expect: connection-in-handler
    session = requests.Session()
    session.headers["X-Trace"] = "1"
    session.mount("https://", None)
    return session.get("https://example.invalid").status_code


def configured_method(event, context):
    # expect: client-in-handler
    client = boto3.client("s3")
    client.meta.events.register("before-send", print)
    client.meta.region = "x"
    return client.list_buckets()
