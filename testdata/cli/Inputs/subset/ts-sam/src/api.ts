import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

export const run = async (event: { body: string }) => {
  const sqs = new SQSClient({ region: "us-east-1" });
  return sqs.send(new SendMessageCommand({ QueueUrl: "q", MessageBody: event.body }));
};
