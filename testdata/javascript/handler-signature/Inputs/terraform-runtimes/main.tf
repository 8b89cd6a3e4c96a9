variable "runtime" {
  type = string
}

variable "legacy_runtime" {
  type    = string
  default = "nodejs16.x"
}

data "archive_file" "legacy" {
  type        = "zip"
  source_dir  = "${path.module}/legacy"
  output_path = "${path.module}/legacy.zip"
}

resource "aws_lambda_function" "legacy" {
  function_name = "legacy"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.legacy.output_path
  handler       = "index.handler"
  runtime       = var.legacy_runtime
}

module "current" {
  source = "terraform-aws-modules/lambda/aws"

  function_name = "current"
  handler       = "index.handler"
  runtime       = "nodejs24.x"
  source_path   = "${path.module}/current"
}

module "unread" {
  source = "terraform-aws-modules/lambda/aws"

  function_name = "unread"
  handler       = "index.handler"
  runtime       = var.runtime
  source_path   = "${path.module}/unread"
}
