import boto3


class OrdersRepository:
    def __init__(self):
        # expect: client-in-handler[hoistable]
        self.table = boto3.resource("dynamodb").Table("orders")

    def all(self):
        return self.table.scan()["Items"]
