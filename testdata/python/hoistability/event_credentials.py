# A CodePipeline job action gets temporary credentials for the artifact bucket
# in its event: a session or client built from them is per-invocation by
# nature: like those built from minted credentials, it is not reported unless
# report-minted-credentials is on (credential_messages.test), and then with
# no fix: never cached by a key made of
# the secret key and token.
# RUN: %expect %s
import boto3
import botocore
import pymysql
from boto3.session import Session

code_pipeline = boto3.client("codepipeline")


def setup_s3_client(job_data):
    key_id = job_data["artifactCredentials"]["accessKeyId"]
    key_secret = job_data["artifactCredentials"]["secretAccessKey"]
    session_token = job_data["artifactCredentials"]["sessionToken"]
    # ok: client-in-handler
    session = Session(
        aws_access_key_id=key_id, aws_secret_access_key=key_secret, aws_session_token=session_token
    )
    # ok: client-in-handler
    return session.client("s3", config=botocore.client.Config(signature_version="s3v4"))


def lambda_handler(event, context):
    job_id = event["CodePipeline.job"]["id"]
    job_data = event["CodePipeline.job"]["data"]
    s3 = setup_s3_client(job_data)
    artifact = job_data["inputArtifacts"][0]["location"]["s3Location"]
    s3.download_file(artifact["bucketName"], artifact["objectKey"], "/tmp/artifact.zip")
    code_pipeline.put_job_success_result(jobId=job_id)


def tenant_handler(event, context):
    # A password from the event is a credential too: no cache keyed on it.
    # ok: connection-in-handler
    connection = pymysql.connect(host=event["host"], user=event["user"], password=event["password"])
    return connection.open
