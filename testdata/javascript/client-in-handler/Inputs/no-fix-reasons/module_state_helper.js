const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');
var opts;

function configure(event) {
  opts = {};
  opts.region = event.region;
}

exports.handler = async (event) => {
  configure(event);
  const s3 = new S3Client(opts);
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
