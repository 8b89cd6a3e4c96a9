// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// An export that wraps itself (`exports.handler = tenant(exports.handler)`,
// `module.exports.x = tenant(module.exports.x)`) is the wrapper of the
// function it held before, which is the handler the wrapper calls. So is
// an export a function of the module makes of another (`exports.y =
// tenant(main)`). The wrapper's code, which sets the region, runs around
// every invocation: unsafe, and the reason names the assignment; a wrapper
// that only logs and then calls through keeps the fix safe.
// CHECK-DAG: client-in-handler {{.*}}'handler'{{.*}}no safe fix: module code replaces 'handler' with a wrapper ('exports.handler = tenant(exports.handler)', {{.*}}self_wrapped_exports.js:[[@LINE+23]])
// CHECK-DAG: client-in-handler {{.*}}'moduleHandler'{{.*}}no safe fix: module code replaces {{.*}}('module.exports.moduleHandler = tenant(module.exports.mod{{.*}}self_wrapped_exports.js:[[@LINE+29]])
// CHECK-DAG: client-in-handler {{.*}}'wrappedHandler'{{.*}}no safe fix: module code replaces {{.*}} with a wrapper ('tenant(main)', {{.*}}self_wrapped_exports.js:[[@LINE+35]])
// CHECK-DAG: client-in-handler {{.*}}'loggedHandler'; creating it loads service models and resolves credentials, milliseconds to tens of milliseconds each time{{$}}
// CHECK-DAG: client-in-handler {{.*}}'middyHandler'{{.*}}no safe fix: module code replaces {{.*}} with a wrapper ('middy(base)', {{.*}}self_wrapped_exports.js:[[@LINE+61]])
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

function tenant(fn) {
  return (event, context) => {
    process.env.AWS_REGION = event.region;
    return fn(event, context);
  };
}
const logged = (fn) => async (event, context) => {
  console.log("event", event.key);
  return fn(event, context);
};

const s3 = new S3Client({});

exports.handler = async (event) => {
  // expect: client-in-handler
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
exports.handler = tenant(exports.handler);

module.exports.moduleHandler = async (event) => {
  // expect: client-in-handler
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
module.exports.moduleHandler = tenant(module.exports.moduleHandler);

async function main(event) {
  // expect: client-in-handler
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
}
exports.wrappedHandler = tenant(main);

exports.loggedHandler = async (event) => {
  // expect: client-in-handler
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
exports.loggedHandler = logged(exports.loggedHandler);

// A middleware wrapper of the module, its result chained (crafted trial
// fix30js: it ran the `before` middleware that sets the region).
function middy(handler) {
  const befores = [];
  const wrapped = async (event, context) => {
    for (const before of befores) await before(event);
    return handler(event, context);
  };
  wrapped.use = (middleware) => {
    befores.push(middleware.before);
    return wrapped;
  };
  return wrapped;
}
async function base(event) {
  // expect: client-in-handler
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
}
exports.middyHandler = middy(base).use({
  before: async (event) => {
    process.env.AWS_REGION = event.region;
  },
});
