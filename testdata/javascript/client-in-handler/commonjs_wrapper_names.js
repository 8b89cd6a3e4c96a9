// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// Node.js wraps a CommonJS module in `function (exports, require, module,
// __filename, __dirname)`: a module-level `const` of one of these names is
// a SyntaxError, so a client or a constant it reads by such a name stays
// where it is (trial 35js: the fixed module failed to load).
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  const module = "orders";
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ customUserAgent: module });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
// CHECK: commonjs_wrapper_names.js:[[@LINE-3]]:14: client-in-handler {{.*}}; no fix: the module binds 'module' otherwise{{$}}

exports.fileHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const __filename = new S3Client({});
  return __filename.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
// CHECK: commonjs_wrapper_names.js:[[@LINE-3]]:22: client-in-handler {{.*}}; no fix: the module binds '__filename' otherwise{{$}}
