# Imports the handler's module, then starts a library's mock, which may set
# the environment (credentials, region) a client built at import would miss.
from moto import mock_aws

from src import app

mock_aws().start()


def test_lists_buckets():
    assert app.lambda_handler({}, None) == []
