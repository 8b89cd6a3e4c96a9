// A local runner's block never runs under Lambda, but its `else` does, at
// INIT, after a client moved above it (trial 36js).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

if (module === require.main) {
  exports.handler({}).then(console.log);
} else {
  process.env.AWS_REGION = "eu-west-1";
}
