def refund(event, context):
    return {}
