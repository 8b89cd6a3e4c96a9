# A Powertools resolver made in a module of its own, which each function's
# handler module imports, registers its routes on and dispatches
# (ran-isenberg/aws-lambda-handler-cookbook's rest_api_resolver.py).
import boto3
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

ORDERS_PATH = "/api/orders/"
app = APIGatewayRestResolver()


@app.get("/health")
def health():
    # Registered where the resolver is made: every function that loads it
    # runs it (reported once, for the first handler).
    # expect: client-in-handler
    sts = boto3.client("sts")
    return {"account": sts.get_caller_identity()["Account"]}
