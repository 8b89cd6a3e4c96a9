const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');

exports.handler = async (event) => {
  for (const region of event.regions) {
    const s3 = new S3Client({ region });
    await s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
  }
};
