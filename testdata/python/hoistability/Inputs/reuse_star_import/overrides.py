REGION = "eu-north-1"
