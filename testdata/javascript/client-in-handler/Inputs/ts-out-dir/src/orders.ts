import { SQSClient } from "@aws-sdk/client-sqs";

// Not named like a handler: only the template makes it one.
export async function process(event: { id: string }) {
  // expect: client-in-handler
  const sqs = new SQSClient({});
  return { sqs, id: event.id };
}
