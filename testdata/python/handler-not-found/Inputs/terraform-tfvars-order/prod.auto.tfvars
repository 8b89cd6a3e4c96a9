orders_handler = "app.lambda_handler"
