resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = "lambda.zip"
  # expect: handler-not-found
  handler       = "index.handler"
  runtime       = "python3.12"
}
