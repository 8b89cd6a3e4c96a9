const { S3Client } = require("@aws-sdk/client-s3");

exports.main = async (event) => {
  const s3 = new S3Client({});
  return s3.config;
};
