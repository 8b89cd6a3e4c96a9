from imaging import resize


def handler(event, context):
    return resize(event["key"])
