# Values hoist does not evaluate: the functions that depend on them are not
# checked, and -v says why.
variable "handlers" {
  type = map(string)
  default = {
    a = "main.handler"
  }
}

variable "handler_name" {
  type = string
}

data "archive_file" "code" {
  type        = "zip"
  source_dir  = "${path.module}/code"
  output_path = "${path.module}/code.zip"
}

resource "aws_lambda_function" "each" {
  for_each      = toset(keys(var.handlers))
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # ok: handler-not-found
  handler       = each.key
  runtime       = "python3.12"
}

resource "aws_lambda_function" "looked_up" {
  function_name = "looked-up"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # ok: handler-not-found
  handler       = lookup(var.handlers, "b", "missing.handler")
  runtime       = "python3.12"
}

resource "aws_lambda_function" "no_default" {
  function_name = "no-default"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # ok: handler-not-found
  handler       = "${var.handler_name}.handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "prebuilt" {
  function_name = "prebuilt"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = "${path.module}/prebuilt.zip"
  # ok: handler-not-found
  handler       = "missing.handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "from_s3" {
  function_name = "from-s3"
  role          = "arn:aws:iam::123456789012:role/lambda"
  s3_bucket     = "artifacts"
  s3_key        = "lambda.zip"
  # ok: handler-not-found
  handler       = "missing.handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "conditional" {
  function_name = "conditional"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # ok: handler-not-found
  handler       = var.handler_name != "" ? var.handler_name : "missing.handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "read" {
  function_name = "read"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # expect: handler-not-found
  handler       = "main.missing"
  runtime       = "python3.12"
}
