// RUN: %expect %s
// Not reported: module scope, lazy forms, functions the handler does not
// call, and callbacks that run only when something else calls them.
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";
import { KMSClient } from "@aws-sdk/client-kms";

// ok: client-in-handler
const s3 = new S3Client({});
let queue;
let topic;
let keys;
// ok: client-in-handler
const ready = Promise.resolve(new KMSClient({}));

function getTopic() {
  if (!topic) {
    // ok: client-in-handler
    topic = new SNSClient({});
  }
  return topic;
}

function unused() {
  // ok: client-in-handler
  return new S3Client({});
}

export const handler = async (event) => {
  // ok: client-in-handler
  queue ??= new SQSClient({});
  // ok: client-in-handler
  keys = keys || new KMSClient({});
  const later = () => new S3Client({});
  await ready;
  return [s3, queue, getTopic(), keys, later];
};
