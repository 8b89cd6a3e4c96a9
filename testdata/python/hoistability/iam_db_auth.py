# An IAM database authentication token is a local presign, valid for 15
# minutes; the connection made with it is the costly part, and outlives it:
# reported, not hoistable (no fix), with the advice to keep the connection and
# connect again with a new token when it fails.
# RUN: %expect %s
import os

import boto3
import psycopg2
import pymysql

rds = boto3.client("rds")
rds_client = boto3.client("rds", region_name="us-east-1")
ENDPOINT = os.environ["DB_ENDPOINT"]


def lambda_handler(event, context):
    token = rds.generate_db_auth_token(
        DBHostname=ENDPOINT, Port=3306, DBUsername="app", Region=os.environ["AWS_REGION"]
    )
    # expect: connection-in-handler[not-hoistable]
    connection = pymysql.connect(
        host=ENDPOINT, user="app", password=token, database="orders", ssl={"ca": "/opt/rds-ca.pem"}
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM orders WHERE id = %s", (event["id"],))
        return cursor.fetchone()


def get_connection():
    password = rds_client.generate_db_auth_token(ENDPOINT, 5432, "reporter")
    # expect: connection-in-handler[not-hoistable]
    return psycopg2.connect(host=ENDPOINT, port=5432, user="reporter", password=password, sslmode="require")


def report_handler(event, context):
    with get_connection() as connection:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM orders")
            return cursor.fetchone()[0]
