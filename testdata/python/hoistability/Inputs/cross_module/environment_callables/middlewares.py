import os


def log_event(event):
    pass


def tenant_region(event):
    os.environ["QUEUE_REGION"] = event.get("region", "us-east-1")


MIDDLEWARE = [log_event, tenant_region]
