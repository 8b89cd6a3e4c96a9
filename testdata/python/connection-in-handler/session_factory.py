# RUN: %expect %s
# RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
# sessionmaker opens no connection (trial fresh27: its message said each
# call costs "a TCP, TLS and authentication round trip"): the catalogue
# says what it costs and what a factory built at INIT keeps.
import os

from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

# ok: connection-in-handler
ENGINE = create_engine(os.environ["DATABASE_URL"])


def handler(event, context):
    # expect: connection-in-handler[hoistable]
    factory = sessionmaker(bind=ENGINE)
    session = factory()
    try:
        return session.execute(text("select 1")).scalar()
    finally:
        session.close()

# CHECK: session_factory.py:17:15: connection-in-handler 'sessionmaker' (sqlalchemy.orm.sessionmaker) builds a SQLAlchemy session factory on every invocation of handler 'handler'; it opens no connection itself (its sessions take them from the engine it is given), but each call creates a new Session class and its configuration, work a module-level factory does once; no safe fix: {{.*}}a factory built once, at INIT, binds the sessions of every invocation to the engine and options it was given then
