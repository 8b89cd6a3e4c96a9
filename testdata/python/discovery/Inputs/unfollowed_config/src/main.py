import boto3
from fastapi import FastAPI
from mangum import Mangum

app = FastAPI()


@app.get("/buckets")
def buckets():
    s3 = boto3.client("s3")
    return s3.list_buckets()


handler = Mangum(app)
