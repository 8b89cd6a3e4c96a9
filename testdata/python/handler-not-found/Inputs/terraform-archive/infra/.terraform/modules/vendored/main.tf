# A downloaded module: Terraform's own copy, not the project's configuration.
resource "aws_lambda_function" "this" {
  filename = data.archive_file.this.output_path
  handler  = "nothing.here"
  runtime  = "python3.12"
}

data "archive_file" "this" {
  type        = "zip"
  source_dir  = "${path.module}"
  output_path = "${path.module}/this.zip"
}
