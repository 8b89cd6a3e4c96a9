s3 = {"bucket": "assets"}
