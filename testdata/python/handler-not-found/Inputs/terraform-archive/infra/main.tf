# Functions whose code is an archive_file's source: its source_dir, or the
# directory of its source_file.
data "archive_file" "api" {
  type        = "zip"
  source_dir  = "${path.module}/../src"
  output_path = "${path.module}/api.zip"
}

data "archive_file" "job" {
  type        = "zip"
  source_file = "${local.root}/single/job.py"
  output_path = "${path.module}/job.zip"
}

resource "aws_lambda_function" "api" {
  function_name    = "items-api"
  role             = aws_iam_role.lambda.arn
  filename         = data.archive_file.api.output_path
  source_code_hash = data.archive_file.api.output_base64sha256
  # ok: handler-not-found
  handler          = "app.handler"
  runtime          = var.python_runtime
}

resource "aws_lambda_function" "misnamed" {
  function_name = "items-misnamed"
  role          = aws_iam_role.lambda.arn
  filename      = data.archive_file.api.output_path
  # The module defines 'handler', not 'lambda_handler'.
  # expect: handler-not-found
  handler       = "app.lambda_handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "worker" {
  function_name = "items-worker"
  role          = aws_iam_role.lambda.arn
  # The archive an archive_file of this module writes, named by its path.
  filename      = "${path.module}/api.zip"
  # ok: handler-not-found
  handler       = local.worker_handler
  runtime       = "python3.12"
}

resource "aws_lambda_function" "no_module" {
  function_name = "items-no-module"
  role          = aws_iam_role.lambda.arn
  filename      = data.archive_file.api.output_path
  # expect: handler-not-found
  handler       = "reports.handler"
  runtime       = "python3.12"
}

resource "aws_lambda_function" "job" {
  function_name = "job"
  role          = aws_iam_role.lambda.arn
  filename      = data.archive_file.job.output_path
  # ok: handler-not-found
  handler       = "job.main"
  runtime       = "python3.12"

  environment {
    variables = {
      STAGE = "prod"
    }
  }
}

resource "aws_iam_role" "lambda" {
  name = "lambda"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Action    = "sts:AssumeRole"
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}
