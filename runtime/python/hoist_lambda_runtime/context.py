"""The `context` object a handler receives, with the attributes of AWS's
runtime interface client."""
import json
import os
import time


class CognitoIdentity:
    def __init__(self, identity):
        self.cognito_identity_id = identity.get("cognitoIdentityId")
        self.cognito_identity_pool_id = identity.get("cognitoIdentityPoolId")


class Client:
    def __init__(self, client):
        self.installation_id = client.get("installation_id")
        self.app_title = client.get("app_title")
        self.app_version_name = client.get("app_version_name")
        self.app_version_code = client.get("app_version_code")
        self.app_package_name = client.get("app_package_name")


class ClientContext:
    def __init__(self, context):
        self.client = Client(context["client"]) if context.get("client") else None
        self.custom = context.get("custom")
        self.env = context.get("env")


def _json_object(text):
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


class LambdaContext:
    def __init__(self, event):
        self.aws_request_id = event.request_id
        self.invoked_function_arn = event.function_arn
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        # A string, as in Lambda.
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.identity = CognitoIdentity(_json_object(event.cognito_identity) or {})
        client_context = _json_object(event.client_context)
        self.client_context = ClientContext(client_context) if client_context else None
        self._deadline_ms = event.deadline_ms

    def get_remaining_time_in_millis(self):
        remaining = self._deadline_ms - int(time.time() * 1000)
        return remaining if remaining > 0 else 0

    def __repr__(self):
        return (f"LambdaContext([aws_request_id={self.aws_request_id},"
                f"function_name={self.function_name},"
                f"memory_limit_in_mb={self.memory_limit_in_mb}])")
