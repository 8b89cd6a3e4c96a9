// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// Module code that replaces every export with a wrapper (`exports[name] =
// tenant(exports[name])`) replaces the handler: the wrapper's code, which
// sets the region, runs around every invocation (trial 29js). Unsafe, and
// the reason names the assignment.
// CHECK: client-in-handler {{.*}}'handler'{{.*}}no safe fix: module code replaces 'handler' with a wrapper ('exports[name] = tenant(exports[name])', {{.*}}replaced_exports.js:[[@LINE+15]])
const AWS = require("aws-sdk");

exports.handler = async (event) => {
  // expect: client-in-handler
  const sqs = new AWS.SQS();
  return sqs.getQueueUrl({ QueueName: event.key }).promise();
};

function tenant(fn) {
  return (event, context) => {
    process.env.AWS_REGION = event.region;
    return fn(event, context);
  };
}
for (const name of Object.keys(exports)) exports[name] = tenant(exports[name]);
