from aws_cdk import Stack
from aws_cdk import aws_lambda as _lambda

import infra.constants as constants
from infra.constants import ORDERS_HANDLER


class OrdersStack(Stack):
    def __init__(self, scope, id_):
        super().__init__(scope, id_)
        # Read: constants of another module of the app.
        _lambda.Function(
            self,
            constants.ORDERS_ID,
            runtime=_lambda.Runtime.PYTHON_3_12,
            code=_lambda.Code.from_asset(constants.ORDERS_CODE),
            handler=ORDERS_HANDLER,
        )
        # Not read, and -v says why: a build's output that is not there, and
        # a value the app computes when it runs.
        _lambda.Function(
            self,
            id=constants.ORDERS_ID + "Built",
            runtime=_lambda.Runtime.PYTHON_3_12,
            code=_lambda.Code.from_asset(constants.BUILD_FOLDER),
            handler="orders.handler",
        )
        _lambda.Function(
            self,
            "FromContext",
            runtime=_lambda.Runtime.PYTHON_3_12,
            code=_lambda.Code.from_asset(self.node.try_get_context("code")),
            handler="app.process",
        )
