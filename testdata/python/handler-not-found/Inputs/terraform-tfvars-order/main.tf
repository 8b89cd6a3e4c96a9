# Terraform reads terraform.tfvars, then the *.auto.tfvars files by name,
# the later winning: prod.auto.tfvars names the handler the code has.
variable "orders_handler" {
  default = "app.from_default"
}

variable "audit_handler" {
  default = "app.from_default"
}

data "archive_file" "orders" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/orders.zip"
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  filename      = data.archive_file.orders.output_path
  # ok: handler-not-found
  handler       = var.orders_handler
  runtime       = "python3.12"
}

resource "aws_lambda_function" "audit" {
  function_name = "audit"
  filename      = data.archive_file.orders.output_path
  # Only terraform.tfvars sets it, to a function the code lacks.
  # expect: handler-not-found
  handler       = var.audit_handler
  runtime       = "python3.12"
}
