// A project module's function that writes the environment, called below the handler (trial 35js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const { setup } = require("./late_imported_setup");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

setup();
