"""Counts the orders an invocation has seen, in a database of its own, and
answers with the time too: the time differs on every call, the count only
when the database is shared (the connection's unsafe fix)."""
import sqlite3
import time


def handler(event, context):
    db = sqlite3.connect(":memory:")
    db.execute("create table if not exists seen (id text)")
    db.execute("insert into seen values (?)", (event["id"],))
    seen = db.execute("select count(*) from seen").fetchone()[0]
    return {"at": time.time(), "report": "-" * 400 + " seen %d" % seen, "seen": seen}
