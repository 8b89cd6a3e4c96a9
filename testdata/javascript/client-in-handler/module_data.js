// RUN: %expect %s
// Module-level data nothing changes is read alike at INIT and in an
// invocation: an `Object.freeze` of constants, a symbol, or a flat object
// of literals and environment reads that the module only reads (members
// read, spread into a copy, given within options to a construction). A
// client built from it moves (trial 37js). Data the module writes, calls a
// method of, hands to code that may change it, names otherwise or exports
// stays module state; an environment key hoist does not compute may be the
// trace's, which changes every invocation.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, GetCommand } = require("@aws-sdk/lib-dynamodb");

const DEFAULTS = Object.freeze({ region: "eu-west-1", maxAttempts: 5 });
const REGION_KEY = Symbol("region");
const BY_SYMBOL = Object.freeze({ [REGION_KEY]: "eu-west-2" });
const marshallOptions = { removeUndefinedValues: true, convertEmptyValues: false };
const ENV = { ...process.env };
const TUNED = { maxAttempts: 3 };
const SHARED = { region: "eu-west-3" };
const ALIASED = { region: "eu-central-1" };
const KEYS = { trace: "_X_AMZN_TRACE_ID" };

function tune(options, event) {
  options.maxAttempts = event.attempts || 3;
}

exports.defaultsHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ ...DEFAULTS });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.symbolHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const symbolic = new S3Client({ region: BY_SYMBOL[REGION_KEY] });
  return symbolic.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.documentHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions });
  return doc.send(new GetCommand({ TableName: "items", Key: { id: event.key } }));
};

exports.environmentCopyHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const copied = new S3Client({ region: ENV.DATA_REGION });
  return copied.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.tunedHandler = async (event) => {
  tune(TUNED, event);
  // expect: client-in-handler[hoistable]
  const tuned = new S3Client(TUNED);
  return tuned.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.aliasHandler = async (event) => {
  const options = ALIASED;
  options.region = event.region || options.region;
  // expect: client-in-handler[hoistable]
  const aliased = new S3Client({ region: ALIASED.region });
  return aliased.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.traceKeyHandler = async (event) => {
  // expect: client-in-handler[not-hoistable]
  const traced = new S3Client({ customUserAgent: process.env[KEYS.trace] });
  return traced.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.SHARED = SHARED;

exports.sharedHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const shared = new S3Client({ region: SHARED.region });
  return shared.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
