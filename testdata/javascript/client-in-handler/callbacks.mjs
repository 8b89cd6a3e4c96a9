// RUN: %expect %s
// A function the handler passes to a call (an array method, a promise, a
// helper that runs it) runs during this invocation; one it only defines,
// or returns, does not.
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";
import { KMSClient } from "@aws-sdk/client-kms";

function processRecord(record) {
  // expect: client-in-handler
  const keys = new KMSClient({});
  return [keys, record];
}

async function withRetry(work) {
  return work();
}

export const handler = async (event) => {
  await Promise.all(
    event.Records.map(async (record) => {
      // expect: client-in-handler
      const s3 = new S3Client({});
      return [s3, record];
    }),
  );
  event.Records.forEach(processRecord);
  // expect: client-in-handler
  await withRetry(() => new SNSClient({}));
  // ok: client-in-handler
  const later = () => new SNSClient({});
  return new Promise((resolve) => {
    // expect: client-in-handler
    resolve([new SQSClient({}), later]);
  });
};
