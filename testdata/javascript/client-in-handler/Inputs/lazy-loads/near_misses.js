// Loads whose module code writes nothing a client reads: a project module
// of pure functions, JSON, a package the catalogue knows for harmless. The
// client keeps its safe fix.
const { S3Client, ListObjectsV2Command } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  const { bucketOf } = require("./helpers");
  const settings = require("./settings.json");
  const _ = require("lodash");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(
    new ListObjectsV2Command({ Bucket: bucketOf(event), MaxKeys: _.clamp(settings.max, 1, 5) })
  );
};
