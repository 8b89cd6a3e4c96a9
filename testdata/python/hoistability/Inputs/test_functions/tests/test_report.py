import os

import pytest

from src.report import lambda_handler


@pytest.fixture()
def aws_region():
    # Set after the import, through which src/storage.py is loaded: a
    # client built at import would not see it.
    os.environ["AWS_DEFAULT_REGION"] = "eu-west-2"


def test_reads_report(aws_region):
    lambda_handler({"key": "k"}, None)
