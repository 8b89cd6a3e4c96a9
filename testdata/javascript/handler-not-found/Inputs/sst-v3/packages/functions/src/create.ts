import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";

export const main = async (event: { body: string }) => {
  // expect: client-in-handler
  const db = new DynamoDBClient({});
  await db.send(new PutItemCommand({ TableName: process.env.TABLE, Item: {} }));
  return { statusCode: 201 };
};
