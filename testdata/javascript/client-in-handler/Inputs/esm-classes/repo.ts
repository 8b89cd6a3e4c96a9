import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

export class Repo {
  private readonly client: DynamoDBClient;
  constructor() {
    // expect: client-in-handler
    this.client = new DynamoDBClient({});
  }
}
