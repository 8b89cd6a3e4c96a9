from src.ledger import record


def lambda_handler(event, context):
    return record(event["amount"])
