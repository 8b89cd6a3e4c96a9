// RUN: %expect %s
// CommonJS: require, destructured require, require(...).X, exports.handler.
const { S3Client } = require("@aws-sdk/client-s3");
const { SecretsManagerClient: Secrets } = require("@aws-sdk/client-secrets-manager");
const Lambda = require("@aws-sdk/client-lambda").LambdaClient;
const kinesis = require("@aws-sdk/client-kinesis");

exports.handler = async function (event, context) {
  // expect: client-in-handler
  const s3 = new S3Client({});
  // expect: client-in-handler
  const secrets = new Secrets({});
  // expect: client-in-handler
  const lambda = new Lambda({});
  // expect: client-in-handler
  const stream = new kinesis.KinesisClient({});
  // expect: client-in-handler
  const sts = new (require("@aws-sdk/client-sts").STSClient)({});
  return [s3, secrets, lambda, stream, sts];
};
