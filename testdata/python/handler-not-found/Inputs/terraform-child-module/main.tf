module "orders" {
  source     = "./modules/fn"
  name       = "orders"
  # ok: handler-not-found
  handler    = "orders.handler"
  source_dir = "${path.module}/src"
}

module "reports" {
  source     = "./modules/fn"
  name       = "reports"
  # expect: handler-not-found
  handler    = "reports.handler"
  source_dir = "${path.module}/src"
}

module "dynamic" {
  source     = "./modules/fn"
  name       = "dynamic"
  # ok: handler-not-found
  handler    = lookup(var.handlers, "dynamic", "orders.handler")
  source_dir = "${path.module}/src"
}

variable "handlers" {
  type    = map(string)
  default = {}
}
