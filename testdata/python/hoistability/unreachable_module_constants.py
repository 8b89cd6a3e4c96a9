# RUN: %expect %s
# A module-level name bound once to a literal and never rebound is a
# constant: a branch it switches off never runs, and neither does what
# follows an `if` it always takes whose branch returns (awslabs/
# aws-config-rules' ASSUME_ROLE_MODE, in about ninety rules). A name that
# a function rebinds, or that a function's own local shadows, decides
# nothing.
import boto3

ASSUME_ROLE_MODE = False
VERBOSE = 0
AUDIT = False
ENABLED = True


def get_assume_role_credentials(role_arn):
    # ok: client-in-handler
    sts_client = boto3.client("sts")
    return sts_client.assume_role(RoleArn=role_arn,
                                  RoleSessionName="rule")["Credentials"]


def get_client(service, event):
    if not ASSUME_ROLE_MODE:
        # expect: client-in-handler
        return boto3.client(service)
    credentials = get_assume_role_credentials(event["executionRoleArn"])
    return boto3.client(service, aws_access_key_id=credentials["AccessKeyId"])


def lambda_handler(event, context):
    client = get_client("config", event)
    if VERBOSE:
        # ok: client-in-handler
        print(boto3.client("sts").get_caller_identity())
    if ENABLED:
        # expect: client-in-handler[hoistable]
        logs = boto3.client("logs")
    else:
        # ok: client-in-handler
        logs = boto3.client("sns")
    return {"region": client.meta.region_name, "logs": logs.meta.region_name}


def enable_audit(event, context):
    global AUDIT
    AUDIT = bool(event.get("audit"))
    return {"audit": AUDIT}


def audited_handler(event, context):
    # AUDIT is rebound by another handler: not a constant.
    if AUDIT:
        # expect: client-in-handler[hoistable]
        cloudtrail = boto3.client("cloudtrail")
        return {"region": cloudtrail.meta.region_name}
    return {}


def shadowing_handler(event, context):
    VERBOSE = event.get("verbose")

    def report():
        # The enclosing function's VERBOSE, not the module's.
        if VERBOSE:
            # expect: client-in-handler[hoistable]
            sqs = boto3.client("sqs")
            return sqs.meta.region_name
        return None

    return {"region": report()}
