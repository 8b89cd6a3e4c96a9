// RUN: %expect %s
// TypeScript's typed options object, written by the handler (SAM local's
// endpoint): it stays, and so does the client (trial 35js, A). Only read,
// it moves with the client.
import { DynamoDBClient, DynamoDBClientConfig, GetItemCommand } from "@aws-sdk/client-dynamodb";

export const handler = async (event: { key: string }) => {
  const config: DynamoDBClientConfig = { region: process.env.AWS_REGION };
  if (process.env.AWS_SAM_LOCAL) {
    config.endpoint = "http://host.docker.internal:8000";
  }
  // expect: client-in-handler
  const client = new DynamoDBClient(config);
  return client.send(new GetItemCommand({ TableName: "orders", Key: { pk: { S: event.key } } }));
};

export const readHandler = async (event: { key: string }) => {
  const config: DynamoDBClientConfig = { region: process.env.AWS_REGION, maxAttempts: 3 };
  // expect: client-in-handler[hoistable]
  const client = new DynamoDBClient(config!);
  await client.send(new GetItemCommand({ TableName: "orders", Key: { pk: { S: event.key } } }));
  return config.maxAttempts;
};
