import app


def handler(event, context):
    return {"answered": app.s3_client.meta.region_name, **app.process(event)}
