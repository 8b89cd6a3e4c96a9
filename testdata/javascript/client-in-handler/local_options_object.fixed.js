// RUN: %expect %s
// A local object or array a client is built from moves with it only when
// the function just reads it. One it writes (a member set or deleted, a
// method called on it or a member, `Object.assign`/`Object.freeze`), hands
// on (to a function, returned, kept elsewhere), before or after the
// construction, is per-invocation state: moved along, the client would be
// built before the change (SAM local's endpoint lost), and the object kept
// across invocations. No fix, and the reason names the use (trial 35js, A).
const { DynamoDBClient, GetItemCommand } = require("@aws-sdk/client-dynamodb");
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");

exports.samLocalHandler = async (event) => {
  const config = {};
  if (process.env.AWS_SAM_LOCAL) {
    config.endpoint = "http://host.docker.internal:8000";
  }
  // expect: client-in-handler
  const client = new DynamoDBClient(config);
  return client.send(new GetItemCommand({ TableName: "orders", Key: { pk: event.key } }));
};

exports.assignHandler = async (event) => {
  const opts = { region: process.env.AWS_REGION };
  Object.assign(opts, process.env.DDB_ENDPOINT ? { endpoint: process.env.DDB_ENDPOINT } : {});
  // expect: client-in-handler
  const client = new DynamoDBClient(opts);
  return client.send(new GetItemCommand({ TableName: "orders", Key: { pk: event.key } }));
};

exports.pushedAfterHandler = async (event) => {
  const opts = { region: "eu-west-1", tags: [] };
  // expect: client-in-handler
  const s3 = new S3Client(opts);
  opts.tags.push(event.tenant);
  await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  return opts.tags;
};

exports.counterHandler = async (event) => {
  const cfg = { maxAttempts: 2, calls: 0 };
  // expect: client-in-handler
  const s3 = new S3Client(cfg);
  cfg.calls += 1;
  await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  return cfg.calls;
};

exports.deletedHandler = async (event) => {
  const opts = { region: "eu-west-1", endpoint: process.env.S3_ENDPOINT };
  // expect: client-in-handler
  const s3 = new S3Client(opts);
  delete opts.endpoint;
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

function stamp(o, tenant) {
  o.tenant = tenant;
}

exports.passedHandler = async (event) => {
  const opts = { region: "eu-west-1" };
  // expect: client-in-handler
  const s3 = new S3Client(opts);
  stamp(opts, event.tenant);
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.returnedHandler = async (event) => {
  const opts = { region: "eu-west-1" };
  // expect: client-in-handler
  const s3 = new S3Client(opts);
  await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  return opts;
};

exports.arrayHandler = async (event) => {
  const regions = ["eu-west-1"];
  // expect: client-in-handler
  const s3 = new S3Client({ region: regions[0] });
  regions.push(event.region);
  await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  return regions.length;
};

const opts = { region: process.env.AWS_REGION, maxAttempts: 3 };
const s3 = new S3Client(opts);

const sqs = new SQSClient({ ...opts });

// Only read (a member, spread, given to two clients): it moves with them.
exports.readOnlyHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  await sqs.send(new SendMessageCommand({ QueueUrl: "q", MessageBody: event.key }));
  const r = await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  return { region: opts.region, got: r };
};

// Handed on in shorthand, `{ opts }`, as `{ options: opts }` (trial 36js, A).
function tune({ opts }) {
  opts.maxAttempts = 5;
}

exports.shorthandHandler = async (event) => {
  const opts = { region: process.env.AWS_REGION };
  tune({ opts });
  // expect: client-in-handler
  const client = new DynamoDBClient(opts);
  return client.send(new GetItemCommand({ TableName: "orders", Key: { pk: event.key } }));
};
