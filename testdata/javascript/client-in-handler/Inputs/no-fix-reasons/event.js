const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');

exports.handler = async (event) => {
  const s3 = new S3Client({ region: event.region });
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
