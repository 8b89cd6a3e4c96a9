process.env.AWS_REGION = process.env.TARGET_REGION || "eu-south-1";
