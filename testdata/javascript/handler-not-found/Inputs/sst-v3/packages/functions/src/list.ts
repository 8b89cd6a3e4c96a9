import { DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";

// Not named like a handler: only the SST app says it is one.
export async function main(event: unknown) {
  // expect: client-in-handler
  const db = new DynamoDBClient({});
  return db.send(new ScanCommand({ TableName: process.env.TABLE }));
}
