# RUN: %expect %s
# RUN: %exits 1 %hoist check %s | %FileCheck %s
# A connection built from what hoist cannot read and closed by the handler
# gets no fix for the close, which would block a move whatever it is built
# from: the reason names the close, not the inputs (fresh30 item 6).
import os
from urllib.parse import urlparse

import psycopg2


def handler(event, context):
    url = urlparse(os.environ["DATABASE_URL"])
    # CHECK: :[[@LINE+2]]:{{.*}}; no fix: 'handler' closes 'conn' ('conn.close()'){{.*}}, so the next invocation would get it closed [connection-in-handler]
    # expect: connection-in-handler[not-hoistable]
    conn = psycopg2.connect(host=url.hostname, port=url.port, dbname=url.path[1:])
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1")
            return cur.fetchone()[0]
    finally:
        conn.close()


def kept_handler(event, context):
    url = urlparse(os.environ["DATABASE_URL"])
    # Nothing closes it: what hoist cannot read is the reason.
    # CHECK: :[[@LINE+2]]:{{.*}}; no fix: it depends on the result of 'urlparse(...)' [connection-in-handler]
    # expect: connection-in-handler[not-hoistable]
    conn = psycopg2.connect(host=url.hostname, port=url.port, dbname=url.path[1:])
    with conn.cursor() as cur:
        cur.execute("SELECT 1")
        return cur.fetchone()[0]
