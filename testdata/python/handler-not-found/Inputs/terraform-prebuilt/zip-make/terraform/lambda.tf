resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = "${path.module}/../dist/function.zip"
  # expect: handler-not-found
  handler       = "worker.handle"
  runtime       = "python3.12"
}
