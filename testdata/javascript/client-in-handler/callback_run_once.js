// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A callback a call runs exactly once before it returns (the catalogue's
// 'once' in 'javascript_immediate_callbacks': AsyncLocalStorage's
// `run(store, callback)`) runs once per invocation, as the handler's body
// does: a client built there moves to module scope as it would from the
// handler. One an Array's `forEach` runs, once per item (none, one or
// more), gets no fix.
// CHECK-DAG: client-in-handler {{.*}}'handler' (through 'storage.run callback'); creating it loads service models and resolves credentials, milliseconds to tens of milliseconds each time{{$}}
// CHECK-DAG: client-in-handler {{.*}}'eachHandler'{{.*}}no fix: 'eachHandler' passes 'event.keys.forEach callback' to a call that runs it
const { AsyncLocalStorage } = require("node:async_hooks");
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const storage = new AsyncLocalStorage();

exports.handler = async (event) =>
  storage.run({ key: event.key }, async () => {
    // expect: client-in-handler
    const s3 = new S3Client({});
    return s3.send(new GetObjectCommand({ Bucket: "b", Key: storage.getStore().key }));
  });

exports.eachHandler = async (event) => {
  event.keys.forEach((key) => {
    // expect: client-in-handler
    const s3 = new S3Client({});
    s3.send(new GetObjectCommand({ Bucket: "b", Key: key }));
  });
};
