REGION = "us-east-1"
UPDATED = "us-east-1"


def describe():
    return "settings"
