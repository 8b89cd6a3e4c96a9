def lambda_handler(event):
    return event
