# RUN: %expect %s
# python-dotenv's load_dotenv() sets the variables of a '.env' file, the
# region among them: a client built after it reads them, one placed before
# it would not. At module level the hoist goes after the call; in the
# handler, the invoke path changes the environment: no safe fix.
import boto3
from dotenv import load_dotenv

load_dotenv(override=True)
sqs = boto3.client("sqs")
sns = boto3.client("sns")


def lambda_handler(event, context):
    # expect: client-in-handler[hoistable]
    return {"region": sqs.meta.region_name}


def reload_handler(event, context):
    load_dotenv(override=True)
    # expect: client-in-handler[hoistable]
    return {"region": sns.meta.region_name}
