import aws_cdk as cdk
from aws_cdk import Stack, aws_lambda as _lambda
from aws_cdk.aws_lambda import AssetCode
from constructs import Construct


class Demo(Stack):
    def __init__(self, scope: Construct, cid: str, **kw) -> None:
        super().__init__(scope, cid, **kw)
        _lambda.Function(self, "Positional",
                         runtime=_lambda.Runtime.PYTHON_3_12,
                         # expect: handler-not-found
                         handler="app.missing_positional",
                         code=_lambda.Code.from_asset("src"))
        _lambda.Function(self, "Keyword",
                         runtime=_lambda.Runtime.PYTHON_3_12,
                         # expect: handler-not-found
                         handler="app.missing_keyword",
                         code=_lambda.Code.from_asset(path="src"))
        _lambda.Function(self, "AssetCode",
                         runtime=_lambda.Runtime.PYTHON_3_12,
                         # expect: handler-not-found
                         handler="app.missing_assetcode",
                         code=_lambda.AssetCode("src"))
        _lambda.Function(self, "AssetCodeFromAsset",
                         runtime=_lambda.Runtime.PYTHON_3_12,
                         # expect: handler-not-found
                         handler="app.missing_assetcode_from_asset",
                         code=AssetCode.from_asset(path="src"))
        shared_code = AssetCode("src")
        _lambda.Function(self, "BoundFirst",
                         runtime=_lambda.Runtime.PYTHON_3_12,
                         # expect: handler-not-found
                         handler="app.missing_bound",
                         code=shared_code)
        _lambda.Function(self, "Found",
                         runtime=_lambda.Runtime.PYTHON_3_12,
                         # ok: handler-not-found
                         handler="app.handler",
                         code=shared_code)


app = cdk.App()
Demo(app, "Demo")
app.synth()
