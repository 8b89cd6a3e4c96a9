// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A construction whose arguments may throw (a member of a variable of the
// environment that may be unset) keeps no safe move past code that can end
// the invocation before it (an early return or throw, a project check that
// throws, the same in the handler before a call of the helper that builds
// it), nor out of a wrapper that catches its errors: at INIT the throw
// would fail every invocation (trial 34js, D). One that cannot throw moves.
// Code that may throw on the invocation's input ends it as well: a parse, a
// member of what may be undefined, an awaited check (trial 35js, 10 BROKEN).
// Code after a statement that always exits never runs: not reported.
// CHECK-DAG: client-in-handler {{.*}}'returnHandler'{{.*}}; no safe fix: 'if (!process.env.BUCKET_ARN)' before it can end the handler without building it, and 'process.env.BUCKET_ARN' may be unset, and reading '.split' of it then throws a TypeError: at INIT that would fail every invocation
// CHECK-DAG: client-in-handler {{.*}}'throwHandler'{{.*}}; no safe fix: 'if (!event.key)' before it can end the handler without building it, and 'process.env.BUCKET_ARN' may be unset
// CHECK-DAG: client-in-handler {{.*}}'checkedHandler'{{.*}}; no safe fix: 'requireEnv("TABLE_ARN");' before it can end the handler without building it, and 'process.env.TABLE_ARN' may be unset
// CHECK-DAG: client-in-handler {{.*}}'helperHandler' (through 'read'){{.*}}; no safe fix: the call of 'read' in 'helperHandler' follows 'if (!process.env.READ_ARN)', which can end 'helperHandler' without it, and 'process.env.READ_ARN' may be unset
// CHECK-DAG: client-in-handler {{.*}}'parseHandler'{{.*}}; no safe fix: 'const body = JSON.parse(event.body);' before it can end the handler without building it, and 'process.env.PARSE_ARN' may be unset
// CHECK-DAG: client-in-handler {{.*}}'recordHandler'{{.*}}; no safe fix: 'const key = event.Records[0].s3.object.key;' before it can end the handler without building it
// CHECK-DAG: client-in-handler {{.*}}'awaitHandler'{{.*}}; no safe fix: 'await authorize(event);' before it can end the handler without building it
// CHECK-DAG: client-in-handler {{.*}}'wrappedHandler'{{.*}}; no safe fix: the handler is what 'wrap' makes of it, which catches its errors, and 'process.env.WRAPPED_ARN' may be unset
// CHECK-NOT: deadHandler
// CHECK-NOT: disabledHandler
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const s3 = new S3Client({ region: process.env.BUCKET_ARN.split(":")[3] });

exports.returnHandler = async (event) => {
  if (!process.env.BUCKET_ARN) return { statusCode: 500, body: "misconfigured" };
  // expect: client-in-handler[hoistable]
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.throwHandler = async (event) => {
  if (!event.key) throw new Error("no key");
  // expect: client-in-handler[hoistable]
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

function requireEnv(name) {
  if (!process.env[name]) throw new Error(name + " missing");
  return process.env[name];
}

exports.checkedHandler = async (event) => {
  requireEnv("TABLE_ARN");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: process.env.TABLE_ARN.split(":")[3] });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

async function read(key) {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: process.env.READ_ARN.split(":")[3] });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: key }));
}

exports.helperHandler = async (event) => {
  if (!process.env.READ_ARN) return { statusCode: 500 };
  return read(event.key);
};

const wrap = (fn) => async (event) => {
  try {
    return await fn(event);
  } catch (e) {
    return { statusCode: 500, error: e.name };
  }
};

exports.wrappedHandler = wrap(async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: process.env.WRAPPED_ARN.split(":")[3] });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
});

exports.deadHandler = async (event) => {
  if (event.id > 1) {
    return "big";
  } else {
    return "small";
  }
  // ok: client-in-handler
  const s3 = new S3Client({ region: process.env.OLD_ARN.split(":")[3] });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.disabledHandler = async (event) => {
  throw new Error("disabled");
  // ok: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

// A guard before a construction that cannot throw: it moves.
exports.safeHandler = async (event) => {
  if (!event.key) return { statusCode: 400 };
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: process.env.BUCKET_REGION });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

const other = new S3Client({ region: process.env.OTHER_ARN?.split(":")[3] });

// `?.` reads nothing of an unset variable.
exports.optionalHandler = async (event) => {
  if (!event.key) return { statusCode: 400 };
  // expect: client-in-handler[hoistable]
  return other.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.parseHandler = async (event) => {
  const body = JSON.parse(event.body);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: process.env.PARSE_ARN.split(":")[3] });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: body.key }));
};

exports.recordHandler = async (event) => {
  const key = event.Records[0].s3.object.key;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: process.env.RECORD_ARN.split(":")[3] });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: key }));
};

async function authorize(event) {
  if (!event.user) throw new Error("forbidden");
}

exports.awaitHandler = async (event) => {
  await authorize(event);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: process.env.AWAIT_ARN.split(":")[3] });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
