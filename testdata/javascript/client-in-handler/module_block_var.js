// RUN: %expect %s
// A `var` in a block of module code (an `if`, a `try`) declares a name of
// the module: a client, or a local constant it reads, moved to module scope
// as a `const` of that name would redeclare it and the module would not
// load (trial 34js, 25/var-in-module-block-same-name, 29/local-const-vs-let-
// in-module-block): no fix.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

if (process.env.LEGACY_BUCKET) {
  var s3 = process.env.LEGACY_BUCKET;
}
try {
  var stage = JSON.parse(process.env.STAGE_JSON).stage;
} catch (e) {
  var stage = "dev";
}

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.stageHandler = async (event) => {
  const stage = process.env.STAGE;
  // expect: client-in-handler[hoistable]
  const client = new S3Client({ customUserAgent: stage });
  return client.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
