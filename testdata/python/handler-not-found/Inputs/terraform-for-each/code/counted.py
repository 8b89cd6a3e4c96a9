def handle(event, context):
    return {}
