def report(event, context):
    return {}
