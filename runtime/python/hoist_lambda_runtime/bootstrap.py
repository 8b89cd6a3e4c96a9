"""The runtime loop: INIT (load the handler), then one INVOKE per event."""
import decimal
import json
import os
import sys
import traceback

from .context import LambdaContext
from .handler_loader import Fault, load_handler
from .loopback_only import install as install_loopback_only
from .runtime_api import RuntimeApiClient


class _Encoder(json.JSONEncoder):
    # As AWS's client does: Decimal (from DynamoDB) marshals as a number.
    def default(self, value):
        if isinstance(value, decimal.Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        return super().default(value)


def _error(error_type, message, stack_trace, request_id=""):
    return {"errorMessage": message, "errorType": error_type,
            "requestId": request_id, "stackTrace": stack_trace}


_RUNTIME_DIR = os.path.dirname(os.path.abspath(__file__))


def _user_frames(trace):
    """The frames of the function's code: not the runtime's, not importlib's."""
    return [frame for frame in traceback.extract_tb(trace)
            if not frame.filename.startswith((_RUNTIME_DIR, "<frozen"))
            and os.path.basename(os.path.dirname(frame.filename)) != "importlib"]


def _message(error):
    try:
        return str(error)
    except Exception:  # an exception whose __str__ raises
        return f"<unprintable {type(error).__name__} object>"


def _exception_error(error, request_id=""):
    return _error(type(error).__name__, _message(error),
                  traceback.format_list(_user_frames(error.__traceback__)), request_id)


def _log_error(error):
    print(f"[ERROR] {error['errorType']}: {error['errorMessage']}", file=sys.stderr, flush=True)


def _instrument(task_root):
    catalogue = os.environ.get("HOIST_CATALOGUE")
    log = os.environ.get("HOIST_CONSTRUCTION_LOG")
    if not catalogue or not log:
        return None, None
    from .instrumentation import install
    return install(catalogue, log, task_root)


def main():
    install_loopback_only()
    # Lambda names its runtime there, and code branches on it ("running in
    # Lambda?"): the configured one when verify sets it, else this Python's.
    os.environ.setdefault(
        "AWS_EXECUTION_ENV",
        f"AWS_Lambda_python{sys.version_info.major}.{sys.version_info.minor}")
    api = RuntimeApiClient(os.environ["AWS_LAMBDA_RUNTIME_API"])
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    if task_root not in sys.path:
        sys.path.insert(0, task_root)
    recorder, instrumenter = _instrument(task_root)
    try:
        handler = load_handler(os.environ.get("_HANDLER", ""))
    except Fault as fault:
        error = _error(fault.error_type, fault.message, fault.stack_trace)
        _log_error(error)
        api.post_init_error(error)
        sys.exit(1)
    except Exception as error:  # raised by the module's own code during INIT
        report = _exception_error(error)
        _log_error(report)
        api.post_init_error(report)
        sys.exit(1)
    if instrumenter is not None:
        instrumenter.patch_ready()

    while True:
        event = api.next()
        if event.trace_id:
            os.environ["_X_AMZN_TRACE_ID"] = event.trace_id
        else:
            os.environ.pop("_X_AMZN_TRACE_ID", None)
        if recorder is not None:
            recorder.request_id = event.request_id
        try:
            payload = json.loads(event.body) if event.body else None
        except Exception as error:  # RecursionError too: a 100,000-deep event
            report = _error("Runtime.UnmarshalError", f"Unable to unmarshal input: {_message(error)}",
                            [], event.request_id)
            _log_error(report)
            api.post_error(event.request_id, report)
            continue
        try:
            result = handler(payload, LambdaContext(event))
        except Exception as error:
            report = _exception_error(error, event.request_id)
            _log_error(report)
            api.post_error(event.request_id, report)
            continue
        try:
            body = json.dumps(result, cls=_Encoder).encode()
        except Exception as error:  # as AWS's client: RecursionError included
            report = _error("Runtime.MarshalError", f"Unable to marshal response: {_message(error)}",
                            [], event.request_id)
            _log_error(report)
            api.post_error(event.request_id, report)
            continue
        api.post_response(event.request_id, body)
