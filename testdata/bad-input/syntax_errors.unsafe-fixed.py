# A syntax error is reported on stderr with its place; the code around it is
# still analyzed, and the exit status reflects the findings only. Its fixes
# are unsafe: what the module's code does past the error is not known (an
# environment write there may be read as part of a broken expression).
# RUN: %expect %s
# RUN: %exits 1 %hoist check %s 2> %t.err > /dev/null
# RUN: %FileCheck %s < %t.err
# CHECK: syntax_errors.py:{{[0-9]+}}:{{[0-9]+}}: warning: syntax error; the code around it was analyzed as far as it parses
import boto3

s3 = boto3.client("s3")
sqs_client = boto3.client("sqs")


def handler(event, context):
    # expect: client-in-handler
    return s3


def broken(:
    pass


def lambda_handler(event, context):
    # expect: client-in-handler
    return sqs_client
