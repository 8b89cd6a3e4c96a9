def main(e, c):
    return {"statusCode": 200}
