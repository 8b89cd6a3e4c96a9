const aws = require("aws-sdk");

function startServer() {
  const s3 = new aws.S3({ region: process.env.REGION });
  return s3.listBuckets().promise();
}

// An IIFE: its callee, quoted in the chain, is its whole source.
exports.handler = async (event) => {
  return (async () => {
    await Promise.resolve(event);
    return startServer();
  })();
};
