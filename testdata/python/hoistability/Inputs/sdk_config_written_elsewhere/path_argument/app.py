import boto3

from fsutil import write_file


def handler(event, context):
    style = event.get("style", "virtual")
    write_file("/tmp/aws_config", "[default]\ns3 =\n  addressing_style = %s\n" % style)
    s3 = boto3.session.Session().client("s3")
    return s3.meta.config.s3
