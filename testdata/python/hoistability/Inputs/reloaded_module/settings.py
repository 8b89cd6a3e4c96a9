import os

REGION = os.environ.get("SETTINGS_REGION", "us-west-2")
