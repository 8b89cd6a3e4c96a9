# A test building a stack to assert on its template deploys nothing: its
# function's handler is not looked for.
from aws_cdk import App, Stack, assertions
from aws_cdk import aws_lambda as lambda_


def test_one_function():
    stack = Stack(App(), "Test")
    lambda_.Function(
        stack, "Fake",
        runtime=lambda_.Runtime.PYTHON_3_12,
        code=lambda_.Code.from_asset("lambda"),
        # ok: handler-not-found
        handler="does_not_exist.handler",
    )
    assertions.Template.from_stack(stack).resource_count_is(
        "AWS::Lambda::Function", 1)
