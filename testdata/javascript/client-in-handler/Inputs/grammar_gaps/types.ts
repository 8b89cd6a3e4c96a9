// Valid TypeScript that tree-sitter-typescript 0.23.2 cannot parse (an
// import type followed by an indexed access): the code around it is still
// analyzed, and the warning does not call it an error of the user's.
import { SQSClient } from "@aws-sdk/client-sqs";

export interface SqsRecordContext {
  body: string
  messageAttributes: import('aws-lambda').SQSRecord['messageAttributes']
}

export const handler = async (event: SqsRecordContext) => {
  const sqs = new SQSClient({});
  return sqs.send(event);
};
