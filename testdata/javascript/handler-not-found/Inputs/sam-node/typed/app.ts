import { SQSClient } from "@aws-sdk/client-sqs";

export const lambdaHandler = async (event: unknown): Promise<number> => {
  // expect: client-in-handler
  const queue = new SQSClient({});
  return queue ? 1 : 0;
};
