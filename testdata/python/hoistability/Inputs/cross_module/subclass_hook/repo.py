from base import BaseRepo

HITS = []


class AuditedRepo(BaseRepo):
    # Configures the client the base class built, from another module.
    def setup(self):
        self.client.meta.events.register(
            "provide-client-params.sqs.*", lambda **kwargs: HITS.append(1))
