// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// `module.exports = tenant(module.exports)` replaces every export with
// what a call makes of the module's exports, which may wrap each handler
// (here: setting the region first) (trial 29js). Unsafe, naming the
// assignment. esbuild's `module.exports = __toCommonJS(src_exports)` is
// given no exports of the module, and replaces nothing.
// CHECK: client-in-handler {{.*}}'handler'{{.*}}no safe fix: module code replaces 'handler' with a wrapper ('module.exports = tenant(module.exports)', {{.*}}replaced_module_exports.js:[[@LINE+19]])
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

function tenant(all) {
  const wrapped = {};
  for (const [name, fn] of Object.entries(all))
    wrapped[name] = (event, context) => {
      process.env.AWS_REGION = event.region;
      return fn(event, context);
    };
  return wrapped;
}

exports.handler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

module.exports = tenant(module.exports);
