import os

# Loaded again, it moves the region.
if "_SETTINGS_LOADED" in os.environ:
    os.environ["AWS_DEFAULT_REGION"] = "me-south-1"
os.environ["_SETTINGS_LOADED"] = "1"
