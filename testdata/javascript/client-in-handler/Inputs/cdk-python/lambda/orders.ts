// Named `main`, not like a handler: only the Python CDK app makes it one.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

export async function main(event: { id: string }) {
  // expect: client-in-handler
  const dynamo = new DynamoDBClient({});
  return [dynamo, event.id];
}

export async function unused(event: { id: string }) {
  // ok: client-in-handler
  return [new DynamoDBClient({}), event.id];
}
