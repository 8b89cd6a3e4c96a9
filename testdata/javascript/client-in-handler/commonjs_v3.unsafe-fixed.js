// RUN: %expect %s
// CommonJS: require, destructured require, require(...).X, exports.handler.
const { S3Client } = require("@aws-sdk/client-s3");
const { SecretsManagerClient: Secrets } = require("@aws-sdk/client-secrets-manager");
const Lambda = require("@aws-sdk/client-lambda").LambdaClient;
const kinesis = require("@aws-sdk/client-kinesis");

const s3 = new S3Client({});

const secrets = new Secrets({});

const lambda = new Lambda({});

const stream = new kinesis.KinesisClient({});

const sts = new (require("@aws-sdk/client-sts").STSClient)({});

exports.handler = async function (event, context) {
  // expect: client-in-handler
  // expect: client-in-handler
  // expect: client-in-handler
  // expect: client-in-handler
  // expect: client-in-handler
  return [s3, secrets, lambda, stream, sts];
};
