import boto3


def orders_table():
    dynamodb = boto3.resource("dynamodb", region_name="eu-west-1")
    return dynamodb.Table("orders")
