import os

from aws_cdk import Stack
from aws_cdk import aws_lambda as _lambda
from aws_cdk.aws_lambda_nodejs import NodejsFunction
from constructs import Construct

HERE = os.path.dirname(__file__)


class OrdersStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        NodejsFunction(
            self, "Orders",
            entry=os.path.join(HERE, "..", "lambda", "orders.ts"),
            handler="main",
            runtime=_lambda.Runtime.NODEJS_20_X,
        )
        _lambda.Function(
            self, "Legacy",
            runtime=_lambda.Runtime.NODEJS_18_X,
            handler="index.process",
            code=_lambda.Code.from_asset(os.path.join(HERE, "..", "lambda", "legacy")),
        )
        _lambda.Function(
            self, "Callbacks",
            runtime=_lambda.Runtime.NODEJS_24_X,
            handler="index.respond",
            code=_lambda.Code.from_asset("lambda/callbacks"),
        )
        _lambda.Function(
            self, "Typo",
            runtime=_lambda.Runtime.NODEJS_22_X,
            # expect: handler-not-found
            handler="index.proccess",
            code=_lambda.Code.from_asset(os.path.join(HERE, "..", "lambda", "legacy")),
        )
        _lambda.Function(
            self, "Python",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="tasks.run",
            code=_lambda.Code.from_asset("lambda/py"),
        )
