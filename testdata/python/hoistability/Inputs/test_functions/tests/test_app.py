from unittest.mock import patch

from src.app import lambda_handler


def test_lists_buckets():
    # The patch starts after the import: a client built at import is real.
    with patch("boto3.client") as client:
        client.return_value.list_buckets.return_value = {"Buckets": []}
        assert lambda_handler({}, None) == {"Buckets": []}
