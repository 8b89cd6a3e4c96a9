// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// `this` is what the call gives a function (`undefined` in a strict one,
// the module's exports at module scope): a construction that reads it is
// not traced to constants, and gets no fix (trial 34js,
// 30/strict-function-this).
// CHECK: this_reads.js:[[@LINE+6]]:14: client-in-handler {{.*}}; no fix: it reads 'this', which hoist does not trace
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

exports.handler = async function (event) {
  "use strict";
  // expect: client-in-handler
  const s3 = new S3Client({ customUserAgent: typeof this });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

const arrow = new S3Client({ customUserAgent: typeof this });

// In an arrow function, `this` is the module's (its exports object in
// CommonJS), at module scope too: the move is safe.
exports.arrowHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  return arrow.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
