const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');

exports.handler = async (event) => {
  process.env.BUCKET_REGION = event.region;
  const s3 = new S3Client({ region: process.env.BUCKET_REGION });
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
