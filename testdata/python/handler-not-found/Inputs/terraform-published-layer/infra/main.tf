# The lambda module with Powertools' published layer, which holds only
# aws_lambda_powertools: the module 'index' the handler names, missing from
# the code, is reported.
module "fn" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "fn"
  # expect: handler-not-found
  handler       = "index.lambda_handler"
  runtime       = "python3.12"
  source_path   = "../src/fn"
  layers = [
    "arn:aws:lambda:${data.aws_region.current.name}:017000801446:layer:AWSLambdaPowertoolsPythonV2:76"
  ]
}

# Another function: its layer's ARN, from a variable, is read whole.
module "other" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "other"
  # expect: handler-not-found
  handler       = "main.lambda_handler"
  runtime       = "python3.12"
  source_path   = "../src/fn"
  layers        = ["arn:aws:lambda:${var.region}:017000801446:layer:AWSLambdaPowertoolsPythonV2:76"]
}

variable "region" {
  type = string
}
