from state import CFG


def remember(event):
    if "region" in event:
        CFG["region_name"] = event["region"]
