import boto3

TEMPLATE = "[default]\ns3 =\n    addressing_style = {style}\n"


def handler(event, context):
    with open("/tmp/app-settings.ini", "w") as settings:
        settings.write(TEMPLATE.format(style=event.get("style", "path")))
    s3 = boto3.client("s3")
    return {"s3": s3.meta.config.s3}
