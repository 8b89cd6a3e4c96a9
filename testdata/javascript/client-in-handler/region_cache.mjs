// RUN: %expect %s
// Clients cached per region in module-level state are built once per
// region, not once per invocation.
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";
import { KMSClient } from "@aws-sdk/client-kms";

const s3ByRegion = new Map();
const queues = {};
const topics = new Map();

function s3For(region) {
  let client = s3ByRegion.get(region);
  if (!client) {
    // ok: client-in-handler
    client = new S3Client({ region });
    s3ByRegion.set(region, client);
  }
  return client;
}

function topicFor(region) {
  if (topics.has(region)) return topics.get(region);
  // ok: client-in-handler
  const client = new SNSClient({ region });
  topics.set(region, client);
  return client;
}

// A local Map is rebuilt with the function: it caches nothing.
function keysFor(region) {
  const local = new Map();
  let client = local.get(region);
  if (!client) {
    // expect: client-in-handler
    client = new KMSClient({ region });
    local.set(region, client);
  }
  return client;
}

export const handler = async (event) => {
  // ok: client-in-handler
  const queue = (queues[event.region] ??= new SQSClient({ region: event.region }));
  return [s3For(event.region), topicFor(event.region), keysFor(event.region), queue];
};
