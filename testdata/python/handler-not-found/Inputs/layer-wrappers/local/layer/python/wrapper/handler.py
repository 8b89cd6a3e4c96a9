def wrapped(event, context):
    return {"wrapped": True}
