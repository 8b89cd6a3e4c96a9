// RUN: %expect %s
// AWS SDK v2: `new AWS.X()`, the DocumentClient, per-service modules, and
// the global configuration changed per invocation.
const AWS = require("aws-sdk");
const S3 = require("aws-sdk/clients/s3");
const DynamoDB = require("aws-sdk/clients/dynamodb");

// ok: client-in-handler
AWS.config.update({ region: process.env.AWS_REGION });

async function process(event) {
  // expect: client-in-handler
  AWS.config.update({ maxRetries: 2 });
  // expect: client-in-handler
  const sqs = new AWS.SQS({ apiVersion: "2012-11-05" });
  // expect: client-in-handler
  const documents = new AWS.DynamoDB.DocumentClient();
  // expect: client-in-handler
  const s3 = new S3();
  // expect: client-in-handler
  const table = new DynamoDB.DocumentClient();
  // ok: client-in-handler
  const config = new AWS.Config({ region: "us-east-1" });
  // ok: client-in-handler
  const credentials = new AWS.SharedIniFileCredentials({ profile: "p" });
  // A service whose name ends like a credential provider's is a client.
  // expect: client-in-handler
  const cognito = new AWS.CognitoIdentityServiceProvider();
  // ok: client-in-handler
  const tokens = new AWS.SSOTokenProvider({ profile: "p" });
  // ok: client-in-handler
  const waiter = new AWS.ResourceWaiter(sqs, "queueExists");
  return [sqs, documents, s3, table, config, credentials, cognito, tokens, waiter, event];
}

module.exports.handler = (event, context) => process(event);

exports.uploadHandler = async (event) => {
  const s3 = require("aws-sdk/clients/s3");
  // ok: client-in-handler
  const upload = new AWS.S3.ManagedUpload({ params: { Bucket: "b", Key: event.key } });
  return [s3, upload];
};
