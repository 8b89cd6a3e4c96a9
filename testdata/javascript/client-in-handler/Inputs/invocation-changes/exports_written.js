// What a third module the invocation runs writes of a project module's
// exports, every module that imports it reads (trial 37js, known).
const cfg = require("./exports_written_cfg");
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  require("./exports_written_tenant").apply(event);
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: cfg.region });
  return s3.send(new ListBucketsCommand({}));
};
