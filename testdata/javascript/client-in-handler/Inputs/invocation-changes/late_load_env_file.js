// Node's process.loadEnvFile() writes the environment, here below the handler (trial 35js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

try {
  process.loadEnvFile();
} catch {}
