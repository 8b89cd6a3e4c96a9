# RUN: %expect %s
# What the SDK's own data decides: boto3 has resource APIs for a few
# services only (ResourceNotExistsError for the others), botocore a model of
# each service at its known API versions (DataNotFoundError for another);
# explicit credentials without both the key id and the secret are
# PartialCredentialsError. Built inside a 'try' or a branch, the failure is
# handled or skipped; at INIT it would fail every invocation. A resource of
# a service that has one, a known API version and complete literal
# credentials move.
import boto3

PARTNER_KEY_ID = "AKIAEXAMPLEPARTNER01"


def resource_handler(event, context):
    if event.get("kind") == "a":
        # expect: client-in-handler[hoistable]
        functions = boto3.resource("lambda")
        return {"functions": functions is not None}
    return {"functions": None}


def api_version_handler(event, context):
    try:
        # expect: client-in-handler[hoistable]
        legacy = boto3.client("dynamodb", api_version="2011-12-05")
    except Exception as error:
        return {"error": type(error).__name__}
    return {"version": legacy.meta.service_model.api_version}


def partial_credentials_handler(event, context):
    if event.get("kind"):
        try:
            # expect: client-in-handler[hoistable]
            partner = boto3.client("s3", aws_access_key_id=PARTNER_KEY_ID)
        except Exception as error:
            return {"error": type(error).__name__}
        return {"partner": partner.meta.region_name}
    return {"partner": None}


def accepted_handler(event, context):
    if event.get("kind") == "b":
        # expect: client-in-handler[hoistable]
        table = boto3.resource("dynamodb").Table("orders")
        # expect: client-in-handler[hoistable]
        current = boto3.client("dynamodb", api_version="2012-08-10")
        # expect: client-in-handler[hoistable]
        partner = boto3.client("s3", aws_access_key_id=PARTNER_KEY_ID, aws_secret_access_key="partner-secret")
        return {"table": table.name, "version": current.meta.service_model.api_version, "partner": partner.meta.region_name}
    return {"table": None}
