orders_handler = "app.from_tfvars"
audit_handler  = "app.from_tfvars"
