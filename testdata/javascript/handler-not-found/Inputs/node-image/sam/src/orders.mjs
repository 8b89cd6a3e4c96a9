import { SQSClient } from "@aws-sdk/client-sqs";

// Not named like a handler: the image's command makes it one.
export const process = async (event) => {
  // expect: client-in-handler
  const sqs = new SQSClient({});
  return { queued: event.id, client: typeof sqs };
};
