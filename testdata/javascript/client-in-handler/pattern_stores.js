// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A destructuring or a `for...of` stores to module state as an assignment
// does (`({ region: CFG.region } = event)`, `for (CFG.region of [r])`):
// a construction that reads it reads this invocation's value, and at
// module scope would read INIT's (trial 32js, destructure_into_config).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const CFG = { region: "eu-west-1" };
const TARGET = { region: "eu-west-1" };
const HOME = { region: "eu-west-1" };

exports.handler = async (event) => {
  ({ region: CFG.region } = event);
  // CHECK: pattern_stores.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no fix: it depends on 'CFG', module state that 'handler' assigns during the invocation
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: CFG.region });
  return s3.send(new ListBucketsCommand({}));
};

exports.loopedHandler = async (event) => {
  for (TARGET.region of [event.region]);
  // CHECK: pattern_stores.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no fix: it depends on 'TARGET', module state that 'loopedHandler' assigns during the invocation
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: TARGET.region });
  return s3.send(new ListBucketsCommand({}));
};

// Written only by code the handler does not run: HOME is not data nothing
// changes, and the move is unsafe.
exports.configure = (settings) => {
  [HOME.region] = settings;
};

exports.homeHandler = async (event) => {
  // CHECK: pattern_stores.js:[[@LINE+2]]:14: client-in-handler {{.*}}; no safe fix: it reads 'HOME', module state that code may change between INIT and an invocation
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: HOME.region });
  return s3.send(new ListBucketsCommand({}));
};
