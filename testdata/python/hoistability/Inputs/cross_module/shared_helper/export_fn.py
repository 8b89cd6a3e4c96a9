import common


def handler(event, context):
    return common.export_client()
