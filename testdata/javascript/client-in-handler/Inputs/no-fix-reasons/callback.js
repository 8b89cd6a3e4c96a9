const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');

async function send(record) {
  const sqs = new SQSClient({});
  return sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: record.body }));
}

exports.handler = async (event) => {
  await Promise.all(event.Records.map(send));
};
