// A module calling its own exports: through `exports`, `module.exports`, or
// a name bound to them (as alexcasalboni/aws-lambda-power-tuning's utils).
const { LambdaClient } = require("@aws-sdk/client-lambda");
const { S3Client } = require("@aws-sdk/client-s3");
const { SQSClient } = require("@aws-sdk/client-sqs");

const utils = module.exports;

module.exports.lambdaClient = (region) => {
  // expect: client-in-handler[not-hoistable]
  return new LambdaClient({ region });
};

exports.s3Client = () => {
  // expect: client-in-handler
  return new S3Client({});
};

exports.queueClient = () => {
  // expect: client-in-handler
  return new SQSClient({});
};

exports.getConfig = async (region) => {
  const lambda = utils.lambdaClient(region);
  const s3 = exports.s3Client();
  const sqs = module.exports.queueClient();
  return [lambda, s3, sqs];
};
