import boto3
from chalice import Blueprint

reports = Blueprint(__name__)


@reports.route("/daily")
def daily():
    # expect: client-in-handler
    athena = boto3.client("athena")
    return athena.list_work_groups()
