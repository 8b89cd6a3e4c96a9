const AWS = require('aws-sdk');

exports.handler = async (event) => {
  const failed = event.records.filter((r) => !r.ok);
  if (failed.length && process.env.REDRIVE_QUEUE) {
    const sqs = new AWS.SQS({ region: process.env.REDRIVE_QUEUE.split('.')[1] });
    await sqs.sendMessage({ QueueUrl: process.env.REDRIVE_QUEUE, MessageBody: JSON.stringify(failed) }).promise();
  }
  return { statusCode: failed.length ? 500 : 200 };
};
