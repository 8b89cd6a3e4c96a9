# Shadowed by vendor/tenant.py, which app.py puts first on sys.path.
REGION = "us-east-1"


def prepare(event):
    global REGION
    REGION = event.get("region", REGION)
