// Module code after the handler runs at INIT after a client moved above
// the handler: a configuration it changes there, the client built per
// invocation reads, the moved one does not. Before the handler, it reads
// it either way.
const AWS = require("aws-sdk");

process.env.AWS_NODEJS_CONNECTION_REUSE_ENABLED = "1";

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const sqs = new AWS.SQS();
  return sqs.sendMessage({ QueueUrl: "q", MessageBody: event.body }).promise();
};

AWS.config.update({ region: "eu-west-1" });
