api_handler = "third.lambda_handler"
