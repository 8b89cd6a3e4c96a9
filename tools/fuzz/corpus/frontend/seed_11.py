# RUN: %expect %s
# expect: handler-signature
def lambda_handler():
    return {"statusCode": 200}
