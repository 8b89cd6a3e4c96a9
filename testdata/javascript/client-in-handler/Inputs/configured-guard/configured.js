// The function's configuration sets BUCKET_ARN: the guard never ends the
// invocation, and reading it at INIT cannot fail for want of it. AWS_REGION
// Lambda sets itself.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  if (!process.env.BUCKET_ARN) return { statusCode: 500 };
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({
    region: process.env.BUCKET_ARN.split(":")[3] || process.env.AWS_REGION.trim(),
  });
  return s3.send(new ListBucketsCommand({}));
};
