import boto3
import common.aws as awsutils


def get_handler(event, context):
    topic = awsutils.get_query_param(event, "topic").upper()
    table = boto3.resource("dynamodb").Table("Faq")
    return table.get_item(Key={"topic": topic}).get("Item")
