import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

export class SqsMessage {
  private client: SQSClient;

  constructor() {
    this.client = new SQSClient({});
  }

  send(body: string) {
    return this.client.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: body }));
  }
}
