locals {
  functions = {
    orders = {
      handler = "orders.handler"
    }
    refunds = {
      handler = "refunds.handler"
    }
  }
}

data "archive_file" "code" {
  type        = "zip"
  source_dir  = "${path.module}/code"
  output_path = "${path.module}/code.zip"
}

resource "aws_lambda_function" "fn" {
  for_each      = local.functions
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # expect: handler-not-found
  handler       = each.value.handler
  runtime       = "python3.12"
}

resource "aws_lambda_function" "by_key" {
  for_each      = { audit = "x", export = "y" }
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # expect: handler-not-found
  handler       = "${each.key}.handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "counted" {
  count         = 2
  function_name = "counted-${count.index}"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # expect: handler-not-found
  handler       = "counted.handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "unread" {
  for_each      = toset(var.names)
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # ok: handler-not-found
  handler       = "${each.key}.handler"
  runtime       = "python3.12"
}

variable "names" {
  type = list(string)
}
