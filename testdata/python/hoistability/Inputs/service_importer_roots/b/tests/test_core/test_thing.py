import os
from unittest.mock import MagicMock

from core import thing


def test_x():
    os.environ["AWS_REGION"] = "eu-west-1"
    m = MagicMock()
    thing.x(m.event())
