// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// `Object.defineProperty(process, 'env', ...)` and `Object.assign(process,
// { env })` replace the environment a client reads when it is built, as
// `process.env = {...}` does (trial 32js, define_env_on_process): moved to
// module scope, the client would read INIT's. No fix.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  Object.defineProperty(process, "env", {
    value: { ...process.env, AWS_REGION: event.region },
    configurable: true,
    writable: true,
  });
  // CHECK: process_object_writes.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no fix: it reads 'process.env.AWS_REGION', which 'handler' writes during the invocation
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: process.env.AWS_REGION });
  return s3.send(new ListBucketsCommand({}));
};

exports.assignedHandler = async (event) => {
  Object.assign(process, { env: { ...process.env, AWS_REGION: event.region } });
  // CHECK: process_object_writes.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no fix: it reads 'process.env.AWS_REGION', which 'assignedHandler' writes during the invocation
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: process.env.AWS_REGION });
  return s3.send(new ListBucketsCommand({}));
};
