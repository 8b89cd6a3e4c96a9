import aws_cdk as cdk

from stacks.ingest_stack import IngestStack

app = cdk.App()
IngestStack(app, "Ingest", python_version=app.node.try_get_context("python_version"))
app.synth()
