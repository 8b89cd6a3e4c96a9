// RUN: %expect %s
// What a handler loads itself: `await import(...)`, a `require` under
// another name, and a parameter's default built when the caller leaves the
// argument out.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);
const r = require;
const { SQSClient } = r("@aws-sdk/client-sqs");
const { SNSClient } = load("@aws-sdk/client-sns");

// expect: client-in-handler
async function put(key, sns = new SNSClient({})) {
  return [sns, key];
}

const sqs = new SQSClient({});

// Lambda passes (event, context, callback): these defaults are never taken.
// (Taking 'callback' makes it a callback-based handler, which nodejs24.x
// does not run.)
// expect: handler-signature
export async function handler(event, context, callback, sns = null) {
  const { S3Client } = await import("@aws-sdk/client-s3");
  // expect: client-in-handler
  const s3 = new S3Client({});
  // expect: client-in-handler
  return [s3, sqs, sns, await put(event.key), context, callback];
}
