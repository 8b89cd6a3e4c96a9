# terraform.tfvars, terraform.tfvars.json, then the *.auto.tfvars and
# *.auto.tfvars.json files by name, the later winning.
variable "api_handler" {
  type    = string
  default = "default.lambda_handler"
}

variable "worker_handler" {
  type = string
}

data "archive_file" "code" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/code.zip"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # expect: handler-not-found
  handler       = var.api_handler
  runtime       = "python3.12"
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # ok: handler-not-found
  handler       = var.worker_handler
  runtime       = "python3.12"
}
