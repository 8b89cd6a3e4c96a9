from formatting import total


def lambda_handler(event, context):
    return {"total": total(event.get("items", []))}
