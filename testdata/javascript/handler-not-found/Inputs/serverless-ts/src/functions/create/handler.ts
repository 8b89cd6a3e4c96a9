import { createDynamoDBClient } from "@libs/dynamo-client";

// Not named like a handler: only serverless.ts says it is one.
const createOrder = async (event) => {
  const docClient = createDynamoDBClient();
  await docClient.put({ TableName: process.env.TABLE!, Item: event.body }).promise();
  return { statusCode: 201 };
};

export const main = createOrder;

export const report = async (event) => ({ statusCode: 200, body: event.body });
