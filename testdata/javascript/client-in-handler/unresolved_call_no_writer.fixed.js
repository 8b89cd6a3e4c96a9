// RUN: %expect %s
// A call hoist cannot resolve makes a move unsafe only when a function of
// the project it may reach changes what a client reads: here none does,
// and the fix stays safe (trial 37js, A). A writer only ever called by its
// name at INIT is not one such a call reaches.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const actions = { get: (e) => e.key, head: (e) => e.key.toUpperCase() };
function configureLocal() { process.env.AWS_ENDPOINT_URL_S3 = "http://localhost:4566"; }
configureLocal();

const s3 = new S3Client({ maxAttempts: 2 });

exports.handler = async (event) => {
  const key = actions[event.action](event);
  const parts = event.records.map((r) => r.trim());
  // expect: client-in-handler[hoistable]
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: key + parts.join("/") }));
};
