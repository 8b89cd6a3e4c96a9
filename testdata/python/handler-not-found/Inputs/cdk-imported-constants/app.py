import aws_cdk as cdk

from infra.stack import OrdersStack

app = cdk.App()
OrdersStack(app, "Orders")
app.synth()
