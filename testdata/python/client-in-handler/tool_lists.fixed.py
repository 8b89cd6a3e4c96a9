# Functions a handler gives a library in a list, tuple or set (an agent's
# tools) run on its invocation, as those it passes alone do. A Strands Agents
# Bedrock model builds a boto3 session and client. The agent may run its tools
# on threads of their own: a boto3 resource a tool builds is not moved (one
# would be shared by those threads), a client is.
# RUN: %expect %s --handler tool_lists.lambda_handler
import boto3
from strands import Agent, tool
from strands.models import BedrockModel

s3 = boto3.client("s3")


@tool
def lookup_order(order_id: str) -> dict:
    # expect: client-in-handler
    table = boto3.resource("dynamodb").Table("orders")
    return table.get_item(Key={"id": order_id}).get("Item", {})


@tool
def archive_order(order_id: str) -> None:
    # expect: client-in-handler
    s3.put_object(Bucket="archive", Key=order_id, Body=b"")


def describe(order_id: str) -> str:
    return "order " + order_id


def lambda_handler(event, context):
    # expect: client-in-handler
    model = BedrockModel(model_id="anthropic.claude-3-haiku", region_name="us-east-1")
    agent = Agent(model=model, tools=[lookup_order, archive_order, describe])
    return {"answer": str(agent(event["question"]))}
