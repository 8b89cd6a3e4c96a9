// Nothing sets BUCKET_ARN for this function: a guard before a
// construction that dereferences it keeps no safe move.
// (trial 34js, D)
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  if (!process.env.BUCKET_ARN) return { statusCode: 500 };
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({
    region: process.env.BUCKET_ARN.split(":")[3] || process.env.AWS_REGION.trim(),
  });
  return s3.send(new ListBucketsCommand({}));
};
