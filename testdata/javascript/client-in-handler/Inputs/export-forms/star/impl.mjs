import { SQSClient } from "@aws-sdk/client-sqs";

export const handler = async (event) => {
  // expect: client-in-handler
  const sqs = new SQSClient({});
  return { sqs, event };
};
