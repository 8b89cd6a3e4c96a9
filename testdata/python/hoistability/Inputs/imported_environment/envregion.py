import os

os.environ.setdefault("AWS_DEFAULT_REGION", "sa-east-1")
