// RUN: %expect %s
// `export { fn as handler }`, and a finding silenced by a suppression.
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";

const s3 = new S3Client({});

async function process(event) {
  // expect: client-in-handler
  // ok: client-in-handler
  const queue = new SQSClient({}); // hoist: ignore[client-in-handler]
  return [s3, queue, event];
}

export { process as handler };
