// RUN: %expect %s
// `x ?? new X()` and `x || new X()` build once only when `x` is the cache the
// result is stored in, and the cache outlives the invocation (a module
// variable, a property of Node's global object, a lasting `this.x`), as
// `x ??= new X()` does: otherwise they build on every invocation `x` is
// unset.
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";
import { KMSClient } from "@aws-sdk/client-kms";

let queue;
let topic;
const given = process.env.USE_SHARED ? new KMSClient({}) : undefined;
let keys;

function sharedTopic() {
  // ok: client-in-handler
  return topic ?? (topic = new SNSClient({}));
}

function storage() {
  // ok: client-in-handler
  globalThis.s3 = globalThis.s3 || new S3Client({});
  return globalThis.s3;
}

export const handler = async (event) => {
  // ok: client-in-handler
  queue = queue ?? new SQSClient({});
  // A module variable read, nothing stored: built whenever it is unset.
  // expect: client-in-handler
  const kms = given ?? new KMSClient({});
  // What the event brings is no cache.
  // expect: client-in-handler
  const sqs = event.client ?? new SQSClient({});
  // Stored, but in another variable than the one tested.
  // expect: client-in-handler
  keys = given || new KMSClient({});
  // A local cache lives as long as the invocation.
  let local;
  // expect: client-in-handler
  local ??= new S3Client({});
  // expect: client-in-handler
  const fallback = local ?? new SNSClient({});
  return [queue, kms, sqs, keys, local, fallback, sharedTopic(), storage()];
};
