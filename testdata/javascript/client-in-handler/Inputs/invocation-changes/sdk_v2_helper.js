const AWS = require("aws-sdk");

function setRegion() {
  AWS.config.region = process.env.TABLE_REGION;
}

exports.handler = async (event) => {
  setRegion();
  // expect: client-in-handler[hoistable]
  const sqs = new AWS.SQS();
  return sqs.sendMessage({ QueueUrl: "q", MessageBody: event.body }).promise();
};
