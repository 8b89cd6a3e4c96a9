# Sessions given credentials minted in this invocation after they are built
# (`set_credentials` with what `sts.assume_role` returned) are per-invocation
# by nature, as those built with the credentials are: not reported by default,
# and neither is a session built on such a session.
# RUN: %expect %s
import boto3
import botocore.session

sts = boto3.client("sts")


class TenantSession:
    def __init__(self, tenant_id, role_arn):
        response = sts.assume_role(
            RoleArn=role_arn,
            RoleSessionName=f"tenant-{tenant_id}",
            Tags=[{"Key": "TenantID", "Value": tenant_id}],
        )
        # ok: client-in-handler
        self._core = botocore.session.get_session()
        self._core.set_credentials(
            access_key=response["Credentials"]["AccessKeyId"],
            secret_key=response["Credentials"]["SecretAccessKey"],
            token=response["Credentials"]["SessionToken"],
        )
        # ok: client-in-handler
        self.session = boto3.Session(botocore_session=self._core)


def lambda_handler(event, context):
    tenant = TenantSession(event["tenant"], event["role"])
    return tenant.session.region_name


def local_handler(event, context):
    credentials = sts.assume_role(RoleArn=event["role"], RoleSessionName="x")["Credentials"]
    # ok: client-in-handler
    core = botocore.session.get_session()
    core.set_credentials(credentials["AccessKeyId"], credentials["SecretAccessKey"], credentials["SessionToken"])
    # ok: client-in-handler
    return core.create_client("s3")


def profile_handler(event, context):
    # Asked for its credentials, not given any: still reported.
    # expect: client-in-handler
    core = botocore.session.get_session()
    return core.get_credentials().access_key
