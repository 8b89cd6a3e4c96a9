resource "aws_lambda_function" "amb" {
  function_name = "amb"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = "lambda_function_amb.zip"
  # ok: handler-not-found
  handler       = "app.lambda_handler"
  runtime       = "python3.12"
}
