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


class Scoped:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        return self.conn

    def __exit__(self, *exc):
        self.conn.close()


def given_to_closing_handler(event, context):
    # Built inside the context manager's call: what it is given, it may close.
    # expect: connection-in-handler[hoistable]
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        return {"two": conn.execute("select 2").fetchone()[0]}


def given_to_project_manager_handler(event, context):
    # expect: connection-in-handler[hoistable]
    with Scoped(sqlite3.connect(":memory:")) as conn:
        return {"three": conn.execute("select 3").fetchone()[0]}
