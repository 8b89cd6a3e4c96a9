import os


def __getattr__(name):
    if name == "REGION":
        return os.environ.get("BUCKET_REGION", "us-west-2")
    raise AttributeError(name)
