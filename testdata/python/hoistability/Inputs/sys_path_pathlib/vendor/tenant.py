REGION = "us-east-1"


def prepare(event):
    return event
