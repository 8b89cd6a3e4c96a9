// Two deployed handlers call the helper that builds the client; one writes
// the environment first. Moved, the client would serve both with INIT's
// region: the finding is the least safe handler's (trial 35js, F).
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

async function read(key) {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: key }));
}

exports.handler = async (event) => read(event.key);

exports.tenantHandler = async (event) => {
  process.env.AWS_REGION = event.region;
  return read(event.key);
};
