import importlib
import os
import sys

import settings


def refresh(event):
    if "region" in event:
        os.environ["SETTINGS_REGION"] = event["region"]
        importlib.reload(settings)


def refresh_tables(event):
    # A module named at run time: hoist cannot tell which it is.
    if "region" in event:
        os.environ["TABLES_REGION"] = event["region"]
        importlib.reload(sys.modules["tables"])
