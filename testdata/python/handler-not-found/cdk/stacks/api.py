from aws_cdk import Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_lambda_python_alpha import PythonFunction


class ApiStack(Stack):
    def __init__(self, scope, name):
        super().__init__(scope, name)
        lambda_.Function(
            self, "Api",
            runtime=lambda_.Runtime.PYTHON_3_12,
            code=lambda_.Code.from_asset("lambda"),
            # ok: handler-not-found
            handler="api.handler",
        )
        lambda_.Function(
            self, "Broken",
            runtime=lambda_.Runtime.PYTHON_3_12,
            code=lambda_.Code.from_asset("lambda"),
            # expect: handler-not-found
            handler="api.missing",
        )
        # The asset is built by another step: no directory, nothing to check.
        lambda_.Function(
            self, "Bundled",
            runtime=lambda_.Runtime.PYTHON_3_12,
            code=lambda_.Code.from_asset("dist/bundled"),
            # ok: handler-not-found
            handler="bundled.handler",
        )
        lambda_.Function(
            self, "Web",
            runtime=lambda_.Runtime.NODEJS_20_X,
            code=lambda_.Code.from_asset("lambda"),
            # A Node.js function: no web.js, .mjs or .cjs in lambda/.
            # expect: handler-not-found
            handler="web.handler",
        )
        PythonFunction(
            self, "Jobs",
            entry="lambda",
            index="jobs.py",
            # expect: handler-not-found
            handler="run",
        )
