api_handler = "first.lambda_handler"
