from base import Base
from repo import HITS, AuditedRepo

CHILD_HITS = []


class Child(Base):
    def __init__(self):
        super().__init__()
        self.client.meta.events.register(
            "provide-client-params.sns.*", lambda **kwargs: CHILD_HITS.append(1))


def override_handler(event, context):
    del HITS[:]
    repo = AuditedRepo()
    try:
        repo.client.list_queues()
    except Exception as error:
        return [len(HITS), type(error).__name__]


def super_handler(event, context):
    del CHILD_HITS[:]
    child = Child()
    try:
        child.client.list_topics()
    except Exception as error:
        return [len(CHILD_HITS), type(error).__name__]
