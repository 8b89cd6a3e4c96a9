// A method of a module object, called below the handler (trial 35js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const config = {
  apply() {
    process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
  },
};

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

config.apply();
