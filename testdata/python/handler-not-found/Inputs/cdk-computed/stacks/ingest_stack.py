import os
from pathlib import Path

from aws_cdk import Duration, Stack
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

DIRNAME = os.path.dirname(__file__)
FUNCTIONS_DIR = Path(__file__).resolve().parent.parent / "functions"
PYTHON_RUNTIME = lambda_.Runtime.PYTHON_3_12


class IngestStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, python_version: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        # The runtime is chosen from the app's context: Python in every
        # branch.
        if python_version == "3.11":
            runtime = lambda_.Runtime.PYTHON_3_11
        elif python_version == "3.12":
            runtime = lambda_.Runtime.PYTHON_3_12
        else:
            raise ValueError(f"unsupported Python version {python_version}")

        lambda_.Function(
            self,
            "IngestFunction",
            runtime=runtime,
            code=lambda_.Code.from_asset(os.path.join(DIRNAME, "..", "functions", "ingest")),
            # ok: handler-not-found
            handler="app.on_event",
            timeout=Duration.seconds(30),
        )
        lambda_.Function(
            self,
            "ExportFunction",
            runtime=PYTHON_RUNTIME,
            code=lambda_.Code.from_asset(str(FUNCTIONS_DIR / "export")),
            # ok: handler-not-found
            handler="export.main",
        )
        lambda_.Function(
            self,
            "ArchiveFunction",
            runtime=PYTHON_RUNTIME,
            code=lambda_.Code.from_asset(str(FUNCTIONS_DIR.joinpath("export"))),
            # expect: handler-not-found
            handler="export.archive",
        )
        self._notify_function(runtime)
        self._web_function(lambda_.Runtime.NODEJS_20_X)
        # A helper that builds a function from its parameters is read once
        # per call, with the arguments of that call.
        # ok: handler-not-found
        self._worker("ResizeWorker", "resize.handler")
        # expect: handler-not-found
        self._worker("ThumbWorker", handler="thumbnail.handler")

    def _notify_function(self, runtime: lambda_.Runtime) -> lambda_.Function:
        # The runtime is a parameter: the handler's module, notify.py, says
        # the function is Python's.
        return lambda_.Function(
            self,
            "NotifyFunction",
            runtime=runtime,
            code=lambda_.Code.from_asset(os.path.join(DIRNAME, "../functions/notify")),
            # ok: handler-not-found
            handler="notify.send",
        )

    def _web_function(self, runtime: lambda_.Runtime) -> lambda_.Function:
        # Its handler's file is index.js: not Python's to check.
        return lambda_.Function(
            self,
            "WebFunction",
            runtime=runtime,
            code=lambda_.Code.from_asset(os.path.join(DIRNAME, "../functions/web")),
            # ok: handler-not-found
            handler="index.handler",
        )

    def _worker(self, name: str, handler: str, memory: int = 256) -> lambda_.Function:
        return lambda_.Function(
            self,
            name,
            runtime=PYTHON_RUNTIME,
            memory_size=memory,
            code=lambda_.Code.from_asset(str(FUNCTIONS_DIR / "workers")),
            handler=handler,
        )
