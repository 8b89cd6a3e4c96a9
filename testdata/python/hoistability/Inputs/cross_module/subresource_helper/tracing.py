HITS = []


def trace(resource):
    resource.meta.client.meta.events.register(
        "provide-client-params.dynamodb.*", lambda **kwargs: HITS.append(1))
