import storage


def handler(event, context):
    if event.get("dry_run"):
        return {"audited": False}
    return {"audited": storage.table().name}
