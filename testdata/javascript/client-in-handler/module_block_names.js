// RUN: %expect %s
// A `var` in a block of the module's top level declares a module-level
// name: a client moved under that name, or a constant moved along with one,
// would declare it again (a SyntaxError), so neither moves.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");

if (process.env.DEBUG) {
  var s3 = null;
}

try {
  var region = process.env.DATA_REGION || "us-east-1";
} catch (error) {
  var region = "us-east-1";
}

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.queueHandler = async (event) => {
  const region = process.env.QUEUE_REGION;
  // expect: client-in-handler[hoistable]
  const sqs = new SQSClient({ region });
  return sqs.send(new SendMessageCommand({ QueueUrl: event.url, MessageBody: event.body }));
};
