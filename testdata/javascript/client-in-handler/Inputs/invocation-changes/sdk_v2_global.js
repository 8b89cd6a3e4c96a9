// SDK v2's global configuration through 'aws-sdk/global', read by a
// per-service client module.
const AWS = require("aws-sdk/global");
const SQS = require("aws-sdk/clients/sqs");

function setRegion() {
  AWS.config.update({ region: process.env.QUEUE_REGION });
}

exports.handler = async (event) => {
  setRegion();
  // expect: client-in-handler[hoistable]
  const sqs = new SQS();
  return sqs.sendMessage({ QueueUrl: "q", MessageBody: event.body }).promise();
};
