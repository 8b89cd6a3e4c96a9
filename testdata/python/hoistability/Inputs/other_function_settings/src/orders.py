import storage


def handler(event, context):
    return {"name": storage.table().name}
