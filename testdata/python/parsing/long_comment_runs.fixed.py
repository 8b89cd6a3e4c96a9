# RUN: %expect %s
# Long runs of comment lines (which tree-sitter-python parses in quadratic
# time) are parsed as blank lines: the code around them means the same.
import boto3
import requests

s3 = boto3.client("s3")
sqs = boto3.client("sqs")


def handler(event, context):
    # expect: client-in-handler
    # step 0: read "orders" from {table} and don't retry \ twice
    # step 1: read "orders" from {table} and don't retry \ twice
    # step 2: read "orders" from {table} and don't retry \ twice
    # step 3: read "orders" from {table} and don't retry \ twice
    # step 4: read "orders" from {table} and don't retry \ twice
    # step 5: read "orders" from {table} and don't retry \ twice
    # step 6: read "orders" from {table} and don't retry \ twice
    # step 7: read "orders" from {table} and don't retry \ twice
    # step 8: read "orders" from {table} and don't retry \ twice
    # step 9: read "orders" from {table} and don't retry \ twice
    # step 10: read "orders" from {table} and don't retry \ twice
    # step 11: read "orders" from {table} and don't retry \ twice
    # step 12: read "orders" from {table} and don't retry \ twice
    # step 13: read "orders" from {table} and don't retry \ twice
    # step 14: read "orders" from {table} and don't retry \ twice
    # step 15: read "orders" from {table} and don't retry \ twice
    # step 16: read "orders" from {table} and don't retry \ twice
    # step 17: read "orders" from {table} and don't retry \ twice
    # step 18: read "orders" from {table} and don't retry \ twice
    # step 19: read "orders" from {table} and don't retry \ twice
    # ok: client-in-handler
    return s3.list_buckets()
# note 0: 'quoted', "double", {braces}
# note 1: 'quoted', "double", {braces}
# note 2: 'quoted', "double", {braces}
# note 3: 'quoted', "double", {braces}
# note 4: 'quoted', "double", {braces}
# note 5: 'quoted', "double", {braces}
# note 6: 'quoted', "double", {braces}
# note 7: 'quoted', "double", {braces}
# note 8: 'quoted', "double", {braces}
# note 9: 'quoted', "double", {braces}
# note 10: 'quoted', "double", {braces}
# note 11: 'quoted', "double", {braces}
# note 12: 'quoted', "double", {braces}
# note 13: 'quoted', "double", {braces}
# note 14: 'quoted', "double", {braces}
# note 15: 'quoted', "double", {braces}
# note 16: 'quoted', "double", {braces}
# note 17: 'quoted', "double", {braces}
# note 18: 'quoted', "double", {braces}
# note 19: 'quoted', "double", {braces}
# hoist: ignore-file[connection-in-handler]
# note 0: 'quoted', "double", {braces}
# note 1: 'quoted', "double", {braces}
# note 2: 'quoted', "double", {braces}
# note 3: 'quoted', "double", {braces}
# note 4: 'quoted', "double", {braces}
# note 5: 'quoted', "double", {braces}
# note 6: 'quoted', "double", {braces}
# note 7: 'quoted', "double", {braces}
# note 8: 'quoted', "double", {braces}
# note 9: 'quoted', "double", {braces}
# note 10: 'quoted', "double", {braces}
# note 11: 'quoted', "double", {braces}
# note 12: 'quoted', "double", {braces}
# note 13: 'quoted', "double", {braces}
# note 14: 'quoted', "double", {braces}
# note 15: 'quoted', "double", {braces}
# note 16: 'quoted', "double", {braces}
# note 17: 'quoted', "double", {braces}
# note 18: 'quoted', "double", {braces}
# note 19: 'quoted', "double", {braces}


def session_handler(event, context):
# note 0: 'quoted', "double", {braces}
# note 1: 'quoted', "double", {braces}
# note 2: 'quoted', "double", {braces}
# note 3: 'quoted', "double", {braces}
# note 4: 'quoted', "double", {braces}
# note 5: 'quoted', "double", {braces}
# note 6: 'quoted', "double", {braces}
# note 7: 'quoted', "double", {braces}
# note 8: 'quoted', "double", {braces}
# note 9: 'quoted', "double", {braces}
# note 10: 'quoted', "double", {braces}
# note 11: 'quoted', "double", {braces}
# note 12: 'quoted', "double", {braces}
# note 13: 'quoted', "double", {braces}
# note 14: 'quoted', "double", {braces}
# note 15: 'quoted', "double", {braces}
# note 16: 'quoted', "double", {braces}
# note 17: 'quoted', "double", {braces}
# note 18: 'quoted', "double", {braces}
# note 19: 'quoted', "double", {braces}
    # ok: connection-in-handler
    session = requests.Session()
    # step 0: read "orders" from {table} and don't retry \ twice
    # step 1: read "orders" from {table} and don't retry \ twice
    # step 2: read "orders" from {table} and don't retry \ twice
    # step 3: read "orders" from {table} and don't retry \ twice
    # step 4: read "orders" from {table} and don't retry \ twice
    # step 5: read "orders" from {table} and don't retry \ twice
    # step 6: read "orders" from {table} and don't retry \ twice
    # step 7: read "orders" from {table} and don't retry \ twice
    # step 8: read "orders" from {table} and don't retry \ twice
    # step 9: read "orders" from {table} and don't retry \ twice
    # step 10: read "orders" from {table} and don't retry \ twice
    # step 11: read "orders" from {table} and don't retry \ twice
    # step 12: read "orders" from {table} and don't retry \ twice
    # step 13: read "orders" from {table} and don't retry \ twice
    # step 14: read "orders" from {table} and don't retry \ twice
    # step 15: read "orders" from {table} and don't retry \ twice
    # step 16: read "orders" from {table} and don't retry \ twice
    # step 17: read "orders" from {table} and don't retry \ twice
    # step 18: read "orders" from {table} and don't retry \ twice
    # step 19: read "orders" from {table} and don't retry \ twice
    # expect: client-in-handler
    return session, sqs
