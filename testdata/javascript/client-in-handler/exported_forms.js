// RUN: %expect %s
// The CommonJS export forms: module.exports = { ... } with a shorthand
// name, a pair, a wrapper around the function (as middy(base)), and a
// function exported under the handler pattern.
const { S3Client } = require("@aws-sdk/client-s3");
const { SQSClient } = require("@aws-sdk/client-sqs");
const { SNSClient } = require("@aws-sdk/client-sns");
const middy = require("@middy/core");

async function handler(event) {
  // expect: client-in-handler
  return new S3Client({});
}

const base = async (event) => {
  // expect: client-in-handler
  return new SQSClient({});
};

function ordersHandler(event, context) {
  // expect: client-in-handler
  return new SNSClient({});
}

// A helper named like a handler without an event-like parameter is not one.
function errorHandler(error, request, response) {
  // ok: client-in-handler
  return new SNSClient({});
}

module.exports = { handler, wrapped: middy(base), ordersHandler, errorHandler };
module.exports.lambdaHandler = middy(base);
