import { SQSClient } from "@aws-sdk/client-sqs";

export default function makeQueue(): SQSClient {
  // expect: client-in-handler
  return new SQSClient({});
}
