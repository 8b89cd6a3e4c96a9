from report_store import bucket


def handler(event, context):
    return bucket().list_objects_v2(Bucket="reports")
