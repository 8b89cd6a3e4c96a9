data "archive_file" "code" {
  type        = "zip"
  source_dir  = var.source_dir
  output_path = "${path.module}/${var.name}.zip"
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  # ok: handler-not-found
  handler       = var.handler
  runtime       = "python3.12"
}
