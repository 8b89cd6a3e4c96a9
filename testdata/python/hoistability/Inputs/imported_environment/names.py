BUCKET = "reports"
