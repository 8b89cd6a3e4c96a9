// A class's static block runs as the class is defined, below the handler (trial 35js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

class Boot {
  static {
    process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
  }
}
