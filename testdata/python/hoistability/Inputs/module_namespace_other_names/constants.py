PLAIN = "us-east-1"
