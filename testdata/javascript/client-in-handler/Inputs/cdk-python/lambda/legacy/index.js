const { S3Client } = require("@aws-sdk/client-s3");

exports.process = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.config ? event : null;
};
