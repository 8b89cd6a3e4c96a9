exports.region = "us-east-1";
