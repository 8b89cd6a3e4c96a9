# The registry's lambda module packages every source_path item at the
# package's root: a file, a directory's content, `{path = ...}` (patterns
# only leave files out; pip_requirements adds dependencies), and items with
# no path, which add only dependencies.
module "file_and_requirements" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "probe"
  # ok: handler-not-found
  handler       = "probe.lambda_handler"
  runtime       = "python3.12"
  source_path = [
    "${path.module}/probe/probe.py",
    { pip_requirements = "${path.module}/probe/requirements.txt" },
  ]
}

module "file_misnamed" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "misnamed"
  # expect: handler-not-found
  handler       = "probe.handler"
  runtime       = "python3.12"
  source_path = [
    "${path.module}/probe/probe.py",
    { pip_requirements = "${path.module}/probe/requirements.txt" },
  ]
}

module "object_with_patterns" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "api"
  # expect: handler-not-found
  handler       = "api.missing"
  runtime       = "python3.12"
  source_path = {
    path             = "${path.module}/api"
    pip_requirements = true
    patterns         = ["!tests/.*", "!.*\\.pyc"]
  }
}

# The handler's module is in the second source; the first is where its
# imports are found too.
module "several_sources" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "orders"
  # ok: handler-not-found
  handler       = "orders.lambda_handler"
  runtime       = "python3.12"
  source_path = [
    "${path.module}/shared",
    { path = "${path.module}/orders", pip_requirements = true },
  ]
}

module "in_no_source" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "refunds"
  # expect: handler-not-found
  handler       = "refunds.lambda_handler"
  runtime       = "python3.12"
  source_path = [
    "${path.module}/shared",
    "${path.module}/orders",
  ]
}

module "dependencies_only" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "deps"
  # ok: handler-not-found
  handler       = "nowhere.lambda_handler"
  runtime       = "python3.12"
  source_path   = [{ pip_requirements = "${path.module}/probe/requirements.txt" }]
}

module "prefixed" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "prefixed"
  # ok: handler-not-found
  handler       = "pkg/nowhere.lambda_handler"
  runtime       = "python3.12"
  source_path = [
    "${path.module}/shared",
    { path = "${path.module}/orders", prefix_in_zip = "pkg" },
  ]
}
