const AWS = require('aws-sdk');

exports.handler = async (event) => {
  if (process.env.REDRIVE_QUEUE) {
    const sqs = new AWS.SQS({ region: process.env.REDRIVE_QUEUE?.split('.')[1] });
    await sqs.sendMessage({ QueueUrl: process.env.REDRIVE_QUEUE, MessageBody: '{}' }).promise();
  }
};
