variable "python_runtime" {
  type    = string
  default = "python3.12"
}

locals {
  root           = "${path.module}/.."
  worker_handler = "worker.process"
}
