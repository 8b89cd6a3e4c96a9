import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

export async function list() {
  // expect: client-in-handler
  const sqs = new SQSClient({});
  return sqs.send(new SendMessageCommand({ QueueUrl: process.env.Q, MessageBody: "list" }));
}

export async function create() {
  // expect: client-in-handler
  const sqs = new SQSClient({});
  return sqs.send(new SendMessageCommand({ QueueUrl: process.env.Q, MessageBody: "create" }));
}

export async function sweep() {
  // expect: client-in-handler
  const sqs = new SQSClient({});
  return sqs.send(new SendMessageCommand({ QueueUrl: process.env.Q, MessageBody: "sweep" }));
}
