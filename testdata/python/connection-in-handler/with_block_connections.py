# RUN: %expect %s
# RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
# What a connection does as the context manager of a `with` is its
# library's (the catalogue's 'with_block'): psycopg2's and sqlite3's commit,
# or roll back on an exception, and stay open, so the construction gets the
# fix a plain connect gets, and the hoisted connection stays the block's
# context manager (fresh29: 166 findings of one project said the block
# closes it). psycopg 3's and PyMySQL's close it: kept, the next invocation
# would find it closed.
import os
import sqlite3

import psycopg
import psycopg2
import pymysql


def pg_handler(event, context):
    # CHECK: with_block_connections.py:[[@LINE+2]]:{{.*}}the 'with' block commits or rolls back; the connection stays open
    # expect: connection-in-handler[hoistable]
    with psycopg2.connect(os.environ["DSN"]) as conn:
        with conn.cursor() as cur:
            cur.execute("select 1")
            return cur.fetchone()[0]


def lite_handler(event, context):
    # CHECK: with_block_connections.py:[[@LINE+2]]:{{.*}}the 'with' block commits or rolls back; the connection stays open
    # expect: connection-in-handler[hoistable]
    with sqlite3.connect("/tmp/with_block.db") as db:
        return db.execute("select 1").fetchone()[0]


def pg3_handler(event, context):
    # CHECK: with_block_connections.py:[[@LINE+2]]:{{.*}}no fix: it is the context manager of a 'with', which closes it when the block ends
    # expect: connection-in-handler[hoistable]
    with psycopg.connect(os.environ["DSN"]) as conn:
        return conn.execute("select 1").fetchone()[0]


def mysql_handler(event, context):
    # CHECK: with_block_connections.py:[[@LINE+2]]:{{.*}}no fix: it is the context manager of a 'with', which closes it when the block ends
    # expect: connection-in-handler[hoistable]
    with pymysql.connect(host=os.environ["DB_HOST"]) as conn:
        return conn.query("select 1")
