# RUN: %expect %s
import os
import sqlite3

import psycopg2
import pymysql
import redis
from mysql import connector
from pymongo import MongoClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# ok: connection-in-handler
engine = create_engine(os.environ["DATABASE_URL"])


def handler(event, context):
    # expect: connection-in-handler
    my = pymysql.connect(host=os.environ["DB_HOST"])
    # expect: connection-in-handler
    pg = psycopg2.connect(os.environ["DSN"])
    # expect: connection-in-handler
    mongo = MongoClient(os.environ["MONGO_URL"])
    # expect: connection-in-handler
    cache = redis.Redis(host="cache")
    # expect: connection-in-handler
    url_cache = redis.from_url(os.environ["REDIS_URL"])
    # expect: connection-in-handler
    lite = sqlite3.connect("/tmp/db.sqlite")
    # expect: connection-in-handler
    mysql_conn = connector.connect(user="app")
    # expect: connection-in-handler
    factory = sessionmaker(bind=engine)
    # ok: connection-in-handler
    with engine.connect() as conn:
        conn.execute("select 1")
    return [my, pg, mongo, cache, url_cache, lite, mysql_conn, factory]


_connection = None


def lambda_handler(event, context):
    global _connection
    if _connection is None or not _connection.open:
        # ok: connection-in-handler
        _connection = pymysql.connect(host=os.environ["DB_HOST"])
    return _connection


def closing_handler(event, context):
    # Closed before returning: a module-level connection would be closed for
    # the next invocation, so no fix is offered.
    # expect: connection-in-handler
    conn = pymysql.connect(host=os.environ["DB_HOST"])
    try:
        return conn.query("select 1")
    finally:
        conn.close()


def with_handler(event, context):
    # expect: connection-in-handler
    conn = psycopg2.connect(os.environ["DSN"])
    with conn:
        return conn.cursor().execute("select 1")
