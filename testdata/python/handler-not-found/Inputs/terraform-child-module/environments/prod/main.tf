module "billing" {
  source      = "../../modules/shared/"
  # ok: handler-not-found
  handler     = "billing.main"
  code_dir    = "${path.root}/../../functions/billing"
}
