// RUN: %expect %s
// Powertools' processPartialResponse calls a custom batch processor's
// prepare() and clean() on every invocation (the catalogue's
// javascript_lifecycle_methods); its other methods run only when called.
import { BasePartialBatchProcessor, processPartialResponse } from "@aws-lambda-powertools/batch";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";

class TableProcessor extends BasePartialBatchProcessor {
  #client?: DynamoDBClient;
  public prepare(): void {
    // expect: client-in-handler
    this.#client = new DynamoDBClient({});
    this.successMessages = [];
  }
  public async clean(): Promise<void> {
    // expect: client-in-handler
    await new SQSClient({}).destroy();
  }
  public report(): SNSClient {
    // ok: client-in-handler
    return new SNSClient({});
  }
  public async processRecord(): Promise<never> {
    throw new Error("synchronous only");
  }
}

const processor = new TableProcessor();
const recordHandler = (record: unknown): void => {};

export const handler = async (event: any, context: any) =>
  processPartialResponse(event, recordHandler, processor, { context });
