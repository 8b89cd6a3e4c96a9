// RUN: %expect %s
// A write of a variable neither the SDKs nor the client's own code read
// changes nothing the client reads when it is built: the fix stays safe
// (trial 34js). One the client reads makes it depend on the invocation
// (library_environment.js: one the SDKs read makes the move unsafe).
// `process.env` handed to a child process is copied, not written.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");
const { execFileSync } = require("node:child_process");

const s3 = new S3Client({ maxAttempts: 2 });

exports.afterUseHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const object = await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  process.env.LAST_KEY = event.key;
  return object;
};

const regional = new S3Client({ region: process.env.DATA_REGION });

exports.timeZoneHandler = async (event) => {
  process.env.TZ = "UTC";
  // expect: client-in-handler[hoistable]
  return regional.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.ownVariableHandler = async (event) => {
  process.env.BUCKET_REGION = event.region;
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: process.env.BUCKET_REGION });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

const copier = new S3Client({ maxAttempts: 3 });

exports.childProcessHandler = async (event) => {
  const listed = execFileSync("/bin/echo", [event.key], { env: process.env });
  // expect: client-in-handler[hoistable]
  return copier.send(new GetObjectCommand({ Bucket: "b", Key: String(listed) }));
};
