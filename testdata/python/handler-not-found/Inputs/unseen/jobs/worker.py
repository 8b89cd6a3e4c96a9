def handler(event, context):
    return len(event.get("Records", []))
