# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# A construction behind a condition, in the handler or on the way to the
# function that builds it, runs on the invocations that reach it, not on
# every one: the headline says so, as the reason that gives it no safe fix
# does (fresh30b problem 5). One that runs on every invocation says that.
import os

import psycopg2


def handler(event, context):
    if event.get("report"):
        # CHECK: :[[@LINE+2]]:{{.*}} builds a PostgreSQL connection on every invocation of handler 'handler' that reaches it; {{.*}}no safe fix: it runs only on some invocations, and the moved code can raise
        # expect: connection-in-handler[hoistable]
        conn = psycopg2.connect(os.environ["DSN"])
        with conn.cursor() as cur:
            cur.execute("SELECT 1")
            return cur.fetchone()[0]
    return None


def count(table):
    # CHECK: :[[@LINE+2]]:{{.*}} builds a PostgreSQL connection on every invocation of handler 'branch_on_the_way_handler' that reaches it (through 'count')
    # expect: connection-in-handler[hoistable]
    conn = psycopg2.connect(os.environ["DSN"])
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM " + table)
        return cur.fetchone()[0]


def branch_on_the_way_handler(event, context):
    return count("orders") if event.get("orders") else 0


def every_invocation_handler(event, context):
    # CHECK: :[[@LINE+2]]:{{.*}} builds a PostgreSQL connection on every invocation of handler 'every_invocation_handler'; 
    # expect: connection-in-handler[hoistable]
    conn = psycopg2.connect(os.environ["DSN"])
    with conn.cursor() as cur:
        cur.execute("SELECT 2")
        return cur.fetchone()[0]
