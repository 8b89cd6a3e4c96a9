# The registry's lambda module: its code is source_path, a path or a list of
# one source.
module "orders" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "~> 7.0"

  function_name = "orders"
  # ok: handler-not-found
  handler       = "orders.handler"
  runtime       = "python3.12"
  source_path   = "${path.module}/functions"

  environment_variables = {
    TABLE = "orders"
  }
}

module "refunds" {
  source = "terraform-aws-modules/lambda/aws"

  function_name = "refunds"
  # expect: handler-not-found
  handler       = "refunds.main"
  runtime       = "python3.12"

  source_path = [
    {
      path             = "${path.module}/functions"
      pip_requirements = true
    }
  ]
}

module "reports" {
  source = "registry.terraform.io/terraform-aws-modules/lambda/aws"

  function_name = "reports"
  # expect: handler-not-found
  handler       = "report.main"
  runtime       = "python3.12"
  source_path   = ["${path.module}/reports/index.py"]
}

module "single_file" {
  source = "terraform-aws-modules/lambda/aws"

  function_name = "single"
  # The file lands at the package's root.
  # ok: handler-not-found
  handler       = "index.main"
  runtime       = "python3.12"
  source_path   = "${path.module}/reports/index.py"
}

module "packaged_by_commands" {
  source = "terraform-aws-modules/lambda/aws"

  function_name = "packaged"
  # Commands make the package: what it holds is not read.
  # ok: handler-not-found
  handler       = "dist.main"
  runtime       = "python3.12"
  source_path = [{
    path     = "${path.module}/functions"
    commands = ["make", ":zip"]
  }]
}

module "dependencies" {
  source = "terraform-aws-modules/lambda/aws"

  create_function = false
  create_layer    = true
  layer_name      = "dependencies"
  source_path     = "${path.module}/functions"
}

# Another module with a handler attribute is not the lambda module.
module "other" {
  source  = "./modules/other"
  # ok: handler-not-found
  handler = "nowhere.handler"
}

# The module's submodules make no function: docker-build builds an image.
module "image" {
  source = "terraform-aws-modules/lambda/aws//modules/docker-build"

  create_ecr_repo = true
  ecr_repo        = "images"
  source_path     = "${path.module}/functions"
}

module "pinned" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-lambda.git?ref=v7.2.0"

  function_name = "pinned"
  # ok: handler-not-found
  handler       = "orders.handler"
  runtime       = "python3.12"
  source_path   = "${path.module}/functions"
}
