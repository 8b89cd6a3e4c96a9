// Module code below the handler calls a function that writes the environment: it runs at INIT after a moved client (trial 35js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

function configureLocal() {
  process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
}

if (process.env.STAGE === "local") configureLocal();
