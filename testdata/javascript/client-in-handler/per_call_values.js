// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A library call whose value differs from call to call (crypto's
// randomUUID(), uuid's v4(): the catalogue's 'javascript_per_call_values')
// gives each invocation its own value: at module scope every invocation
// would share INIT's (trial 32js, random_uuid_option). No fix.
const { randomUUID } = require("crypto");
const uuid = require("uuid");
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // CHECK: per_call_values.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no fix: it depends on 'randomUUID()', which gives a new value on every call
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ customUserAgent: "inv/" + randomUUID() });
  return s3.send(new ListBucketsCommand({}));
};

exports.taggedHandler = async (event) => {
  // CHECK: per_call_values.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no fix: it depends on 'uuid.v4()', which gives a new value on every call
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ customUserAgent: `inv/${uuid.v4()}` });
  return s3.send(new ListBucketsCommand({}));
};
