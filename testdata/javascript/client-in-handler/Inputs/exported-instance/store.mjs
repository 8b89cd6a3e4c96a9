import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";

class Store {
  client() {
    // expect: client-in-handler
    return new DynamoDBClient({});
  }
}

class Files {
  client() {
    // expect: client-in-handler
    return new S3Client({});
  }
}

const store = new Store();
export default store;
export const files = new Files();
