data "archive_file" "own" {
  type        = "zip"
  source_dir  = "${path.module}/code"
  output_path = "${path.module}/own.zip"
}

resource "aws_lambda_function" "own" {
  function_name = "child-own"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.own.output_path
  # code/index.py defines 'handler', not 'absent'.
  # expect: handler-not-found
  handler       = "index.absent"
  runtime       = "python3.12"
}

data "archive_file" "root_src" {
  type        = "zip"
  source_dir  = "${path.root}/../src"
  output_path = "${path.module}/root_src.zip"
}

resource "aws_lambda_function" "root_src" {
  function_name = "child-root-src"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.root_src.output_path
  # ok: handler-not-found
  handler       = "app.handler"
  runtime       = "python3.12"
}
