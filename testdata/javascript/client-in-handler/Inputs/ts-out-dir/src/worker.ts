import { SNSClient } from "@aws-sdk/client-sns";

// Called by lambda.js's handler through require("./lib/worker").
export async function work(id: string) {
  // expect: client-in-handler
  const sns = new SNSClient({});
  return { sns, id };
}
