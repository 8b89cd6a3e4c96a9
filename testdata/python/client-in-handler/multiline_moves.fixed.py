# A construction written over several lines moves to module scope with its
# continuation lines at module level, and so does a local it reads; a line
# inside a string literal keeps its bytes (fresh26: serverless-patterns,
# bedrock-agents-lambda-cdk).
# RUN: %expect %s
import boto3
import urllib3
from botocore.config import Config
from urllib3.util import Retry

http = urllib3.PoolManager(
    retries=Retry(3, backoff_factor=0.5),
    headers={"User-Agent": """hoist
    agent"""},
)
config = Config(
    retries={"max_attempts": 3},
    user_agent_extra="hoist",
)
s3 = boto3.client(
    "s3",
    # the bucket's region
    region_name="eu-west-1",
    config=config,
)
sqs = boto3.client("sqs",
                   region_name="eu-west-1")


def lambda_handler(event, context):
    # expect: connection-in-handler
    # expect: client-in-handler
    if event.get("nested"):
        # expect: client-in-handler
        return sqs.meta.region_name
    return [http.headers["User-Agent"], s3.meta.region_name]
