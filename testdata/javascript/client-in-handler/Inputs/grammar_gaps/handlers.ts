import { SNSClient } from "@aws-sdk/client-sns";

export const handler = async (event: { topic: string }) => {
  const sns = new SNSClient({});
  return sns.send(event as never);
};
