import os

os.environ["AWS_DEFAULT_REGION"] = "ap-southeast-2"
