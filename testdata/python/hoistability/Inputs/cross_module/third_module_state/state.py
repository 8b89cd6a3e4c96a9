SETTINGS = {"region_name": "us-west-2"}
REGION = "us-west-2"
