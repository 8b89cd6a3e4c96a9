from helpers import make


def handler(event, context):
    return make().meta.region_name
