variable "handler" {
  default = "index.handler"
}
variable "code_dir" {
  default = "../../functions/billing"
}

data "archive_file" "this" {
  type        = "zip"
  source_dir  = var.code_dir
  output_path = "${path.module}/package.zip"
}

resource "aws_lambda_function" "this" {
  function_name = "billing"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.this.output_path
  # ok: handler-not-found
  handler       = var.handler
  runtime       = "python3.12"
}
