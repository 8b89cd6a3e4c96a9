const { SQSClient } = require("@aws-sdk/client-sqs");

exports.genericReadHandler = function (client, name) {
  async function read(event) {
    // expect: client-in-handler
    const sqs = new SQSClient({});
    return [sqs, client, name, event];
  }
  return read;
};
