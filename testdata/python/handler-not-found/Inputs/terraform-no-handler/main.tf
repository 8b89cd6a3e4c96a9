# A function without a handler: an image's command names it; a package's
# must be given. Neither is dropped without a -v note.
data "archive_file" "code" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/code.zip"
}

resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = "arn:aws:iam::123456789012:role/lambda"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"
}

resource "aws_lambda_function" "zip" {
  function_name = "zip"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.code.output_path
  runtime       = "python3.12"
}

module "image_module" {
  source         = "terraform-aws-modules/lambda/aws"
  function_name  = "image-module"
  create_package = false
  package_type   = "Image"
  image_uri      = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"
}
