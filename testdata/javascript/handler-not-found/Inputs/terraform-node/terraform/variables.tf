variable "node_runtime" {
  description = "The Node.js runtime of the functions"
  type        = string
  default     = "nodejs18.x"
}
