from orders import label


def handler(event, context):
    return {"ok": label()}
