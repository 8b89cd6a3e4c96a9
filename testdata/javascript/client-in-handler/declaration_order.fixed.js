// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A client built in a function declaration moves above that declaration.
// Function declarations are hoisted: module code before the declaration
// that calls the function would run it before the moved client is built.
// Named only in the bodies of functions defined there (the handler's
// `return listBuckets(event)`), it runs there only if module code there
// calls something or builds something with `new` (`new Promise(executor)`
// runs it at once); any such call may reach it.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");

exports.handler = async (event) => {
  return listBuckets(event);
};

const s3 = new S3Client({});

async function listBuckets(event) {
  // expect: client-in-handler[hoistable]
  return s3.send(new ListBucketsCommand({ id: event.id }));
}
// CHECK-NOT: declaration_order.js:19:{{.*}}no safe fix

const routes = new Map([["tags", (event) => listTags(event)]]);

exports.tagsHandler = async (event) => {
  return listTags(event);
};

async function listTags(event) {
  // expect: client-in-handler[hoistable]
  const tagging = new S3Client({});
  return tagging.send(new ListBucketsCommand({ id: event.id, routes: routes.size }));
}
// CHECK: declaration_order.js:32:19: client-in-handler {{.*}}; no fix: the module names 'listTags' before its definition

function exportPing() {
  exports.ping = sendPing;
}
exportPing();

exports.pingHandler = async (event) => sendPing(event);

async function sendPing(event) {
  // expect: client-in-handler[hoistable]
  const sqs = new SQSClient({});
  return sqs.send(new SendMessageCommand({ MessageBody: String(event.id) }));
}
// CHECK: declaration_order.js:46:15: client-in-handler {{.*}}; no fix: the module names 'sendPing' before its definition
