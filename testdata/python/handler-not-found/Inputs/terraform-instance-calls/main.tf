# for_each written with toset, tomap and merge of literals, or toset of a
# local: one function per instance.
locals {
  reports = ["daily", "weekly"]
}

data "archive_file" "code" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/code.zip"
}

resource "aws_lambda_function" "jobs" {
  for_each      = toset(["ingest", "export", "ingest"])
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # expect: handler-not-found
  handler       = "${each.key}.lambda_handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "reports" {
  for_each      = toset(local.reports)
  function_name = each.value
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # expect: handler-not-found
  handler       = "${each.value}.lambda_handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "apis" {
  for_each = merge(
    tomap({ users = { handler = "users.lambda_handler" } }),
    { billing = { handler = "users.billing" } },
    { users = { handler = "users.lambda_handler" } },
  )
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # expect: handler-not-found
  handler       = each.value.handler
  runtime       = "python3.12"
}

# Three instances of one handler string and code: one function to check,
# three functions counted.
resource "aws_lambda_function" "shards" {
  count         = 3
  function_name = "shard-${count.index}"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # ok: handler-not-found
  handler       = "users.lambda_handler"
  runtime       = "python3.12"
}
