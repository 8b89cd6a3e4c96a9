from src import orders

print(orders.lambda_handler({"queue": "q"}, None))
