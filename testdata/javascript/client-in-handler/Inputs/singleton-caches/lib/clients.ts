// Caches kept in `this` of an object that lasts: a module-level instance,
// here exported, and a class's static fields.
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";

export class ClientCache {
  private s3?: S3Client;
  private sqs?: SQSClient;

  s3Client(): S3Client {
    if (!this.s3) {
      // ok: client-in-handler
      this.s3 = new S3Client({});
    }
    return this.s3;
  }

  sqsClient(): SQSClient {
    // ok: client-in-handler
    this.sqs ??= new SQSClient({});
    return this.sqs;
  }
}

export const clients = new ClientCache();

export class Sns {
  private static client?: SNSClient;

  static get(): SNSClient {
    if (!Sns.client) {
      // ok: client-in-handler
      Sns.client = new SNSClient({});
    }
    return Sns.client;
  }
}

export class Dynamo {
  private static client?: DynamoDBClient;

  static get(): DynamoDBClient {
    if (!this.client) {
      // ok: client-in-handler
      this.client = new DynamoDBClient({});
    }
    return this.client;
  }
}
