// dotenv's config() writes the variables of a .env file into process.env
// (the catalogue's javascript_environment_writers): a client built after
// the handler calls it reads them, one moved to INIT would not.
const { S3Client, ListObjectsV2Command } = require("@aws-sdk/client-s3");
const dotenv = require("dotenv");

exports.handler = async (event) => {
  dotenv.config();
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: process.env.BUCKET_REGION });
  // expect: client-in-handler[hoistable]
  const defaults = new S3Client({});
  await defaults.send(new ListObjectsV2Command({ Bucket: event.bucket }));
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
