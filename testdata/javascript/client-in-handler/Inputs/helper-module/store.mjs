import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";

export async function putItem(item) {
  // expect: client-in-handler[hoistable]
  const db = new DynamoDBClient({});
  await db.send(new PutItemCommand({ TableName: "t", Item: item }));
}
