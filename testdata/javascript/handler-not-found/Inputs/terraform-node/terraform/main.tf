data "archive_file" "functions" {
  type        = "zip"
  source_dir  = "${path.module}/../functions"
  output_path = "${path.module}/functions.zip"
}

resource "aws_lambda_function" "legacy" {
  function_name    = "legacy"
  filename         = data.archive_file.functions.output_path
  source_code_hash = data.archive_file.functions.output_base64sha256
  # ok: handler-not-found
  handler          = "legacy.handler"
  runtime          = "nodejs16.x"
  role             = aws_iam_role.lambda_exec.arn
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  filename      = data.archive_file.functions.output_path
  # orders.js exports 'handler'.
  # expect: handler-not-found
  handler       = "orders.main"
  runtime       = "nodejs20.x"
  role          = aws_iam_role.lambda_exec.arn
}

module "api" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "7.2.1"

  function_name = "api"
  # ok: handler-not-found
  handler       = "index.handler"
  runtime       = var.node_runtime
  source_path   = "${path.module}/../api"
}

module "api_missing" {
  source = "terraform-aws-modules/lambda/aws"

  function_name = "api-missing"
  # expect: handler-not-found
  handler       = "app.handler"
  runtime       = var.node_runtime
  source_path   = "${path.module}/../api"
}
