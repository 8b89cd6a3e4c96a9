def handle(event, context):
    return {"statusCode": 202}
