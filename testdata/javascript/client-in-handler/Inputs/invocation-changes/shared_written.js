// The module's own client, built alike, was built before module code that
// changes the environment: the handler's, built per invocation, after it.
// Using the module's is no safe fix (trial 34js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const s3 = new S3Client({});
process.env.AWS_REGION = process.env.DATA_REGION || process.env.AWS_REGION;

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
