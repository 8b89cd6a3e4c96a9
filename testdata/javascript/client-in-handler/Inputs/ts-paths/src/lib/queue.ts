import { SQSClient } from "@aws-sdk/client-sqs";

export function queueClient() {
  // expect: client-in-handler
  return new SQSClient({});
}
