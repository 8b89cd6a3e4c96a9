const { S3Client, ListObjectsV2Command } = require("@aws-sdk/client-s3");

function useRegionOf(event) {
  process.env["AWS_REGION"] = event.region;
}

exports.handler = async (event) => {
  useRegionOf(event);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
