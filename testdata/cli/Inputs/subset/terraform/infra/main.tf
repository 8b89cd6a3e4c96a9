data "archive_file" "functions" {
  type        = "zip"
  source_dir  = "${path.module}/../functions"
  output_path = "${path.module}/functions.zip"
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  filename      = data.archive_file.functions.output_path
  handler       = "orders.main"
  runtime       = "nodejs24.x"
  role          = "arn:aws:iam::123456789012:role/lambda"
}

resource "aws_lambda_function" "report" {
  function_name = "report"
  filename      = data.archive_file.functions.output_path
  handler       = "report.lambda_handler"
  runtime       = "python3.12"
  role          = "arn:aws:iam::123456789012:role/lambda"
}

resource "aws_lambda_function" "missing" {
  function_name = "missing"
  filename      = data.archive_file.functions.output_path
  handler       = "report.absent"
  runtime       = "python3.12"
  role          = "arn:aws:iam::123456789012:role/lambda"
}
