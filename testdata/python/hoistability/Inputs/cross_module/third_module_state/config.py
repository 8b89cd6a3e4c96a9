import state


def apply(event):
    if "region" in event:
        state.SETTINGS.update(region_name=event["region"])
        state.REGION = event["region"]
