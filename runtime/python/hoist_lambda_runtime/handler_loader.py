"""Loads `path/module.function` the way AWS's runtime interface client does,
with the same error types."""
import importlib


class Fault(Exception):
    """An error with a Lambda error type, reported as the INIT error."""

    def __init__(self, error_type, message, stack_trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.stack_trace = stack_trace or []


def load_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as error:
        raise Fault("Runtime.MalformedHandlerName",
                    f"Bad handler '{handler}': {error}") from None
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as error:
        raise Fault("Runtime.ImportModuleError",
                    f"Unable to import module '{module_name}': {error}") from None
    except SyntaxError as error:
        trace = [f'  File "{error.filename}" Line {error.lineno}\n    {error.text}']
        raise Fault("Runtime.UserCodeSyntaxError",
                    f"Syntax error in module '{module_name}': {error}", trace) from None
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise Fault("Runtime.HandlerNotFound",
                    f"Handler '{function_name}' missing on module '{module_name}'") from None
