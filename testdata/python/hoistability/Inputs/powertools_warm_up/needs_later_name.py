import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

app = APIGatewayRestResolver()


@app.get("/topics")
def topics():
    sns = boto3.client("sns", region_name=REGION)
    return sns.meta.region_name


def handler(event, context):
    return app.resolve({"path": "/topics"}, context)


try:
    app.resolve({"path": "/topics"}, None)
except NameError:
    pass

REGION = "eu-west-1"
