# RUN: %expect %s
# A function-level import of a module that the module imports at its top
# already binds what the module-level name holds: inside a 'try', it moves
# along with the construction. One that the except clause rebinds, or of a
# module imported nowhere else (the import may fail, and the 'try' handles
# that), keeps the construction where it is.
import boto3

ssm = boto3.client("ssm")


def try_handler(event, context):
    try:
        import boto3
        # expect: client-in-handler[hoistable]
        name = ssm.meta.region_name
    except Exception as e:
        raise ValueError(f"no parameter: {e}")
    return name


def rebound_handler(event, context):
    try:
        import boto3
    except ImportError:
        boto3 = None
    # expect: client-in-handler
    ssm = boto3.client("ssm")
    return ssm.meta.region_name


def not_at_top_handler(event, context):
    try:
        import botocore.session
        # expect: client-in-handler[hoistable]
        session = botocore.session.get_session()
        name = session.get_config_variable("region")
    except ImportError:
        name = None
    return name
