// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// AsyncLocalStorage's run(store, callback) calls the callback at once,
// synchronously (the catalogue's 'javascript_immediate_callbacks'): module
// code below a handler that changes the environment in such a callback
// changes it after a client moved above the handler is built (trial 29js),
// as code written there would; a function of the project given by name
// too. A client built in the callback in the handler, which run calls
// exactly once, moves as from the handler's body, unsafe here for the same
// module code. A handler below that code moves.
// CHECK-DAG: client-in-handler {{.*}}'handler'{{.*}}no safe fix: module code after the place it moves to changes, at INIT, what the client may read when it is built ('process.env.AWS_REGION = "eu-north-1"')
// CHECK-DAG: client-in-handler {{.*}}'callbackHandler' (through 'storage.run callback'){{.*}}no safe fix: module code after the place it moves to changes, at INIT, what the client may read when it is built ('process.env.AWS_REGION = "eu-north-1"')
// CHECK-DAG: client-in-handler {{.*}}'namedHandler'{{.*}}no safe fix: module code after the place it moves to changes, at INIT, what the client may read when it is built ('storage.run({}, setup, "sa-east-1") -> process.env.AWS_REGION = region')
// CHECK-DAG: client-in-handler {{.*}}'laterHandler'; creating it loads service models and resolves credentials, milliseconds to tens of milliseconds each time{{$}}
const { AsyncLocalStorage } = require("node:async_hooks");
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const storage = new AsyncLocalStorage();

const s3 = new S3Client({});

exports.handler = async (event) => {
  // expect: client-in-handler
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.callbackHandler = async (event) =>
  storage.run({ key: event.key }, async () => {
    // expect: client-in-handler
    return s3.send(new GetObjectCommand({ Bucket: "b", Key: storage.getStore().key }));
  });

storage.run({ stage: "init" }, () => {
  process.env.AWS_REGION = "eu-north-1";
});

const bucket = new S3Client({});

exports.namedHandler = async (event) => {
  // expect: client-in-handler
  return bucket.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

function setup(region) {
  process.env.AWS_REGION = region;
}
storage.run({}, setup, "sa-east-1");

const later = new S3Client({});

exports.laterHandler = async (event) => {
  // expect: client-in-handler
  return later.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
