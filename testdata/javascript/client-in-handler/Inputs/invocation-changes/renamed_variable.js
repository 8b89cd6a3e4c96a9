// A variable the handler writes, read back through a renamed destructuring.
const { S3Client, ListObjectsV2Command } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  process.env.BUCKET_REGION = event.region;
  const { BUCKET_REGION: region } = process.env;
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region });
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
