def process(event, context):
    return {"processed": len(event.get("Records", []))}
