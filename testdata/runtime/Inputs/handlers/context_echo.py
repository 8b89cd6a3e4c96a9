"""Returns what the runtime handed over: the event and the context."""
import os


def handler(event, context):
    identity = context.identity
    client = context.client_context
    return {
        "event": event,
        "request_id": context.aws_request_id,
        "function_name": context.function_name,
        "function_version": context.function_version,
        "arn": context.invoked_function_arn,
        "memory_limit_in_mb": context.memory_limit_in_mb,
        "log_group_name": context.log_group_name,
        "log_stream_is_set": bool(context.log_stream_name),
        "remaining_within_timeout": 0 < context.get_remaining_time_in_millis() <= 3000,
        "trace_id_is_set": os.environ.get("_X_AMZN_TRACE_ID", "").startswith("Root=1-"),
        "cognito_identity_id": identity.cognito_identity_id,
        "client_custom": client.custom if client else None,
        "task_root_is_cwd": os.environ["LAMBDA_TASK_ROOT"] == os.getcwd(),
        "metadata_disabled": os.environ["AWS_EC2_METADATA_DISABLED"],
        "region": os.environ["AWS_REGION"],
    }
