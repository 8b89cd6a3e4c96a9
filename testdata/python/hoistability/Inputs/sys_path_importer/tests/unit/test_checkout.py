# A unit test of src/Checkout/app.py, run from the project's root: it finds
# 'app' through the directory it puts on sys.path, then sets the region.
import os
import sys

sys.path.insert(0, "./src/Checkout")

import app

os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"


def test_region():
    assert app.handler({}, None) == "eu-west-3"
