# Its star import brings only what __all__ lists: a new global 's3' stays
# here.
import boto3

__all__ = ["table_region"]


def table_region():
    # expect: client-in-handler
    s3 = boto3.client("s3")
    return s3.meta.region_name
