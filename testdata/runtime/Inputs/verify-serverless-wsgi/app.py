import boto3
def app(environ, start_response):
    s3 = boto3.client("s3")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]
