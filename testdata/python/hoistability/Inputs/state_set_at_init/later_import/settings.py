CONFIG = {"region": "us-east-1"}
