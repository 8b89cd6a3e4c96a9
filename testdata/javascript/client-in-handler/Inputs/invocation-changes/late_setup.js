// A project module required below the handler runs at INIT after a client
// moved above it (trial 34js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

require("./late_setup_writes");
