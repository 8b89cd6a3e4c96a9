import os

os.environ["AWS_DEFAULT_REGION"] = "eu-west-3"
