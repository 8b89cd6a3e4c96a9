// RUN: %expect %s
// A local runner at the bottom of the module, for `node index.js` on a
// developer's machine: Lambda never runs its block (the runtime's
// bootstrap is the main module), so what it writes changes nothing a
// client moved above it reads at INIT (trial 36js).
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const s3 = new S3Client({});

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  return (await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }))).ContentType;
};

if (require.main === module) {
  process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
  exports.handler({ key: "local" }).then(console.log);
}
