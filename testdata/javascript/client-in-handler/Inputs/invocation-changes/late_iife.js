// A function called at once below the handler runs at INIT after a moved client (trial 35js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

(function configure() {
  if (process.env.IS_OFFLINE) process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
})();
