#!/usr/bin/env python3
import aws_cdk as cdk

from stacks.orders import OrdersStack

app = cdk.App()
OrdersStack(app, "Orders")
app.synth()
