// Lambda's nodejs18.x and later runtimes provide @aws-sdk/client-s3; this
// task root does not hold it, so the module cannot load in either run.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
