// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// `super` and `new.target` are the method's and the call's own, in arrows
// too: a construction that reads them, moved to module scope, is a
// SyntaxError there (trial 32js, class_super_region). No fix.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

class Base {
  region() {
    return "eu-west-1";
  }
}

class Api extends Base {
  async handle(event) {
    // CHECK: method_only_reads.js:[[@LINE+2]]:16: client-in-handler {{.*}}; no fix: it reads 'super', which hoist does not trace
    // expect: client-in-handler
    const s3 = new S3Client({ region: super.region() });
    return s3.send(new ListBucketsCommand({}));
  }
}

function Job(event) {
  // CHECK: method_only_reads.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no fix: it reads 'new.target', which hoist does not trace
  // expect: client-in-handler
  const s3 = new S3Client({ customUserAgent: new.target ? "job" : "call" });
  this.sent = s3.send(new ListBucketsCommand({}));
}

const api = new Api();
exports.handler = async (event) => {
  Job.call({}, event);
  return api.handle(event);
};
