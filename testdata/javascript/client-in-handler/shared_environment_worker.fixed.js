// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A worker thread started with worker_threads' SHARE_ENV shares this
// process's environment: its code, which hoist does not read, may write
// the region a client reads when it is built (trial 32js,
// worker_shared_env). Moved to module scope, the client would read INIT's.
const { Worker, SHARE_ENV } = require("worker_threads");
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const setRegion = (region) =>
  new Promise((resolve, reject) => {
    const w = new Worker("process.env.AWS_REGION = require('worker_threads').workerData", {
      eval: true,
      env: SHARE_ENV,
      workerData: region,
    });
    w.on("exit", resolve);
    w.on("error", reject);
  });

exports.handler = async (event) => {
  await setRegion(event.region);
  // CHECK: shared_environment_worker.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no fix: it reads 'process.env.AWS_REGION', which 'setRegion' writes during the invocation
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: process.env.AWS_REGION });
  return s3.send(new ListBucketsCommand({}));
};

const s3 = new S3Client({ region: process.env.AWS_REGION });

// A worker with an environment of its own (a copy) writes none of this one.
exports.copyHandler = async (event) => {
  await new Promise((resolve) => new Worker("0", { eval: true }).on("exit", resolve));
  // expect: client-in-handler[hoistable]
  return s3.send(new ListBucketsCommand({}));
};
