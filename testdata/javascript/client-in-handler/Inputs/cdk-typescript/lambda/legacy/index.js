const { SQSClient } = require("@aws-sdk/client-sqs");

exports.process = async (event) => {
  // expect: client-in-handler
  const sqs = new SQSClient({});
  return [sqs, event];
};

exports.unused = async (event) => {
  // ok: client-in-handler
  return [new SQSClient({}), event];
};
