import os

os.environ["AWS_DEFAULT_REGION"] = "eu-north-1"
