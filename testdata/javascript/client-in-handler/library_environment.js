// RUN: %expect %s
// A variable the SDKs read on their own (AWS_*, HOME, where they find the
// shared config and credentials files) written during the invocation: the
// client moved to module scope would read INIT's; no safe fix.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

exports.homeHandler = async (event) => {
  process.env.HOME = "/tmp";
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
