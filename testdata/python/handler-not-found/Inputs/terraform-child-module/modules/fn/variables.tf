variable "name" {
  type = string
}

variable "handler" {
  type    = string
  default = "index.handler"
}

variable "source_dir" {
  type = string
}
