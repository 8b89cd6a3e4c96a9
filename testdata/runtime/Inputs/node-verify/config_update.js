// trial 19's kunaltyagi9 handler: the client reads AWS.config, which the
// handler changes first, when it is built. Hoisted above the update, it is
// built with Lambda's AWS_REGION instead of REGION, and writes there, though
// the handler answers the same.
const AWS = require('aws-sdk');

exports.handler = async (event) => {
  AWS.config.update({ region: process.env.REGION });
  const dynamodb = new AWS.DynamoDB.DocumentClient();
  await dynamodb.put({ TableName: 'orders', Item: { id: event.order } }).promise();
  return { order: event.order };
};
