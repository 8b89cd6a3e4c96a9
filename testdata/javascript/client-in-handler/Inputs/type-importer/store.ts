import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";

export interface Item {
  id: string;
}

export async function putItem(item: Item) {
  // expect: client-in-handler[hoistable]
  const db = new DynamoDBClient({});
  await db.send(new PutItemCommand({ TableName: "t", Item: { id: { S: item.id } } }));
}
