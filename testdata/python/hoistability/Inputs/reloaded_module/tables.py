import os

REGION = os.environ.get("TABLES_REGION", "us-west-2")
