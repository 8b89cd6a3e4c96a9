const { S3Client } = require("@aws-sdk/client-s3");

// A syntax error.
function bucketOf(event) {
  return event.bucket +;
}

exports.handler = async (event) => {
  const s3 = new S3Client({});
  return s3;
};
