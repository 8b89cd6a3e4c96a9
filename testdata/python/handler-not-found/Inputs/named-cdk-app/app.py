#!/usr/bin/env python3
import aws_cdk as cdk
from aws_cdk import Duration, Stack
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class OrdersStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        lambda_.Function(
            self,
            "OrdersFunction",
            runtime=lambda_.Runtime.PYTHON_3_12,
            # ok: handler-not-found
            handler="orders.process_order",
            code=lambda_.Code.from_asset("src"),
            timeout=Duration.seconds(10),
        )
        lambda_.Function(
            self,
            "ReportsFunction",
            runtime=lambda_.Runtime.PYTHON_3_12,
            # expect: handler-not-found
            handler="reports.lambda_hander",
            code=lambda_.Code.from_asset("reports"),
        )


app = cdk.App()
OrdersStack(app, "OrdersStack")
app.synth()
