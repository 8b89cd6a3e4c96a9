import settings
from app import handler

settings.REGION = "eu-west-3"


def test_region():
    assert handler({}, None)["region"] == "eu-west-3"
