import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

// The same cache in an object the handler builds on every invocation keeps
// nothing across them.
export class Repo {
  private client?: DynamoDBClient;

  db(): DynamoDBClient {
    if (!this.client) {
      // expect: client-in-handler
      this.client = new DynamoDBClient({});
    }
    return this.client;
  }
}
