// RUN: %expect %s
// A client put in an object literal is handed on with it: the shorthand
// `{ s3 }` as `{ client: s3 }` (trial 36js, A). Passed to what adds
// middleware, or kept where later code may, the moved client would keep
// what each invocation adds: unsafe. A function of the module that only
// calls its operations, given it as an argument or in an object it
// destructures, and reads (`instanceof` a library's class,
// `Object.isFrozen`, a setting in a template) leave the move safe.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, GetCommand } = require("@aws-sdk/lib-dynamodb");

const tag = (next) => async (args) => next(args);
const deps = {};

function instrument({ s3 }) {
  s3.middlewareStack.add(tag, { step: "build" });
}

function read({ s3, key }) {
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: key }));
}

async function* rows(s3, keys) {
  for (const key of keys)
    yield await s3.send(new GetObjectCommand({ Bucket: "b", Key: key }));
}

class Repo {
  constructor({ ddb }) {
    this.ddb = ddb;
  }
}

exports.instrumentHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  instrument({ s3 });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.heldHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  const clients = { s3 };
  clients.s3.middlewareStack.add(tag, { step: "build" });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.assignedHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  Object.assign(deps, { s3 });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.repoHandler = async (event) => {
  // expect: client-in-handler
  const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  const repo = new Repo({ ddb, table: "orders" });
  return repo.ddb.send(new GetCommand({ TableName: "orders", Key: { id: event.key } }));
};

exports.wrapperHandler = async (event) => {
  // expect: client-in-handler
  const client = new DynamoDBClient({});
  // expect: client-in-handler
  const doc = DynamoDBDocumentClient.from(client);
  Object.assign(deps, { doc });
  return doc.send(new GetCommand({ TableName: "orders", Key: { id: event.key } }));
};

// The per-invocation context holds it where any code given the context
// (a middleware, a helper) may change it: not followed.
exports.contextHandler = async (event, context) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  context.s3 = s3;
  return context.s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.eitherHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  const client = s3 || deps.s3;
  client.middlewareStack.add(tag, { step: "build" });
  return client.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.readHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return read({ s3, key: event.key });
};

exports.rowsHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  const out = [];
  for await (const row of rows(s3, [event.key, "x"])) out.push(row);
  return out;
};

exports.readsHandler = async (event) => {
  // expect: client-in-handler
  const reader = new S3Client({ maxAttempts: 2 });
  const label = `${reader.config.maxAttempts}`;
  const seen = { frozen: Object.isFrozen(reader), client: reader instanceof S3Client };
  return { label, seen, out: await reader.send(new GetObjectCommand({ Bucket: "b", Key: event.key })) };
};
