import os

REGION = os.environ.get("CONFIG_REGION", "us-west-2")
