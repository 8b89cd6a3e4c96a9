def require(event, *keys):
    missing = [key for key in keys if key not in event]
    if missing:
        raise ValueError("missing " + ", ".join(missing))
