# RUN: %expect %s
# A connection the handler closes through 'contextlib.closing' gets no fix:
# kept at module scope, the next invocation would find it closed.
import contextlib
import sqlite3


def handler(event, context):
    # expect: connection-in-handler[hoistable]
    conn = sqlite3.connect(":memory:")
    with contextlib.closing(conn):
        return {"one": conn.execute("select 1").fetchone()[0]}
