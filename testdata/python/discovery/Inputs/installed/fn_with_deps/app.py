import boto3
import urllib3


def lambda_handler(event, context):
    http = urllib3.PoolManager()
    s3 = boto3.client("s3")
    return http.request("GET", s3.generate_presigned_url("get_object", Params=event))
