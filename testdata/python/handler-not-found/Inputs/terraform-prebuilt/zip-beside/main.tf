resource "aws_lambda_function" "payload" {
  function_name = "payload"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = "lambda_function_payload.zip"
  # expect: handler-not-found
  handler       = "app.lambda_handler"
  runtime       = "python3.12"
}
