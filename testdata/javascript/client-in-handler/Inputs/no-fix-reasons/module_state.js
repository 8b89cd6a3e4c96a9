const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');
let region;

exports.handler = async (event) => {
  region = event.region;
  const s3 = new S3Client({ region });
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
