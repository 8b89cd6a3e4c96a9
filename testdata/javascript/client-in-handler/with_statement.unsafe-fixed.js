// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A `with` statement (sloppy-mode code) makes its body's names the object's
// members where it has them: `env.AWS_REGION = ...` writes the environment
// the client reads when it is built. No safe fix (fresh trial 31js: the
// moved client kept INIT's region).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const s3 = new S3Client({ region: process.env.AWS_REGION });

exports.handler = async (event) => {
  with (process) {
    env.AWS_REGION = event.region;
  }
  // expect: client-in-handler[hoistable]
  return s3.send(new ListBucketsCommand({}));
};
// CHECK: with_statement.js:14:14: client-in-handler {{.*}}; no safe fix: {{.*}}the module has a 'with' statement, whose names may be an object's members (a write of the environment among them), which hoist cannot tell
