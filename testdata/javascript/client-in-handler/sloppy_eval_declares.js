// RUN: %expect %s
// A direct eval in sloppy code may declare any name the handler reads: the
// client's class, here (trial 37js, B). The move is unsafe.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  if (event.fake) {
    eval("var S3Client = function () { return { send: async () => ({}) }; }");
  }
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
