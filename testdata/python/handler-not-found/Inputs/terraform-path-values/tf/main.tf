# path.module, path.root and path.cwd as Terraform gives them when it runs
# here: ".", "." and this directory; a path written "../${path.module}/src"
# is the src/ beside this directory.
data "archive_file" "beside" {
  type        = "zip"
  source_dir  = "../${path.module}/src"
  output_path = "../${path.module}/beside.zip"
}

resource "aws_lambda_function" "beside" {
  function_name = "beside"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.beside.output_path
  # src/app.py defines 'handler', not 'nothere'.
  # expect: handler-not-found
  handler       = "app.nothere"
  runtime       = "python3.12"
}

data "archive_file" "from_root" {
  type        = "zip"
  source_dir  = "${path.root}/../src"
  output_path = "${path.root}/from_root.zip"
}

resource "aws_lambda_function" "from_root" {
  function_name = "from-root"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.from_root.output_path
  # ok: handler-not-found
  handler       = "app.handler"
  runtime       = "python3.12"
}

data "archive_file" "from_cwd" {
  type        = "zip"
  source_file = "${path.cwd}/../jobs/job.py"
  output_path = "${path.cwd}/job.zip"
}

resource "aws_lambda_function" "from_cwd" {
  function_name = "from-cwd"
  role          = "arn:aws:iam::123456789012:role/lambda"
  filename      = data.archive_file.from_cwd.output_path
  # jobs/job.py defines 'run', not 'missing'.
  # expect: handler-not-found
  handler       = "job.missing"
  runtime       = "python3.12"
}

# In a child module, path.module is its directory from here ("modules/fn")
# and path.root still this one.
module "child" {
  source = "./modules/fn"
}
