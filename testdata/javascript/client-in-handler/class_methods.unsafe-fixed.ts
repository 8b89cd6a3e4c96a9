// RUN: %expect %s
// Methods of the project's classes that the handler calls, on an instance
// it builds (`new Repo().load()`), holds (`this.repo.load()`), or finds in
// the module, run on every invocation; so do the field initializers and the
// constructor of a class the handler instantiates.
import { S3Client } from "@aws-sdk/client-s3";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";
import { KMSClient } from "@aws-sdk/client-kms";

const sns = new SNSClient({});

class Base {
  async notify(message: string) {
    // expect: client-in-handler
    return [sns, message];
  }
}

const s3 = new S3Client({});

class Repo extends Base {
  // expect: client-in-handler
  private table = new DynamoDBClient({});
  // ok: client-in-handler
  static shared = new SQSClient({});

  async load(key: string) {
    // expect: client-in-handler
    await this.notify(key);
    return [s3, this.table, key];
  }
}

const kms = new KMSClient({});

// Reached only through `this.store`, which the constructor sets.
class Store {
  save(key: string) {
    // expect: client-in-handler
    return [kms, key];
  }
}

class Service {
  private store: Store;
  constructor() {
    this.store = new Store();
  }
  run(event: { key: string }) {
    return this.store.save(event.key);
  }
}

// Built once, at INIT: its fields are not built per invocation.
class Queue {
  // ok: client-in-handler
  client = new SQSClient({});
  get() {
    return this.client;
  }
}
const queue = new Queue();

export const handler = async (event: { key: string }) => {
  const loaded = await new Repo().load(event.key);
  return [loaded, await new Service().run(event), queue.get()];
};
