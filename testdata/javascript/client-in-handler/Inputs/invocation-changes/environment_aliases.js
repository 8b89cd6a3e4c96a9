// The environment written through what else reaches `process.env`: an
// alias, a part destructured from `process`, `process['env']`,
// `globalThis.process`, `require('process')`, Reflect.set and
// Object.defineProperty on it, or a function it is handed to (trial 34js,
// A), a destructuring that stores to it, `process.env` or `process` kept
// in an object or array a function is handed (trial 36js): a client built
// after it reads the invocation's value, the moved one INIT's.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const env = process.env;
const { env: environment } = process;

function applyRegion(target, region) {
  target.AWS_REGION = region;
}

function applyTo({ env }, region) {
  env.AWS_REGION = region;
}

exports.aliasHandler = async (event) => {
  env.AWS_REGION = event.region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.destructuredHandler = async (event) => {
  environment.AWS_REGION = event.region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.localAliasHandler = async (event) => {
  const e = process.env;
  e.AWS_ACCESS_KEY_ID = event.key;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.bracketHandler = async (event) => {
  process["env"].AWS_REGION = event.region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.globalHandler = async (event) => {
  globalThis.process.env.AWS_REGION = event.region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.requireHandler = async (event) => {
  require("process").env.AWS_REGION = event.region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.reflectHandler = async (event) => {
  Reflect.set(process.env, "AWS_REGION", event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.definedHandler = async (event) => {
  Object.defineProperty(process.env, "AWS_REGION", { value: event.region });
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.passedHandler = async (event) => {
  applyRegion(process.env, event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.destructuredTargetHandler = async (event) => {
  [, , , process.env.AWS_REGION] = event.arn.split(":");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.objectPatternTargetHandler = async (event) => {
  ({ region: env.AWS_REGION = "us-east-1" } = event);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.keptInObjectHandler = async (event) => {
  applyTo({ env: process.env }, event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.keptShorthandHandler = async (event) => {
  const { env } = process;
  const target = { env };
  applyTo(target, event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.keptInArrayHandler = async (event) => {
  [process].forEach((p) => applyTo(p, event.region));
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
