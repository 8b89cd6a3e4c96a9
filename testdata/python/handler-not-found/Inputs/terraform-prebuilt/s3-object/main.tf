data "archive_file" "code" {
  type        = "zip"
  source_dir  = "${path.module}/code"
  output_path = "${path.module}/code.zip"
}

resource "aws_s3_object" "code" {
  bucket = "artifacts"
  key    = "code.zip"
  source = data.archive_file.code.output_path
}

resource "aws_lambda_function" "from_s3" {
  function_name = "from-s3"
  role          = "arn:aws:iam::123456789012:role/lambda"
  s3_bucket     = "artifacts"
  s3_key        = aws_s3_object.code.key
  # expect: handler-not-found
  handler       = "main.handler"
  runtime       = "python3.12"
}
