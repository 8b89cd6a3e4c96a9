// Reading a getter another module of the project exports runs it (trial
// 36js, D): it writes the environment before the client is built.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");
const settings = require("./implicit_settings");

exports.handler = async (event) => {
  if (!settings.loaded) return null;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
