// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// The API versions SDK v2's global configuration asks for, set anywhere in
// the module, count as a client's own (trial 29js): S3's is older than any
// model v2 bundles, so moving its client would fail INIT; DynamoDB's is
// one v2 has, so its client moves.
// CHECK-DAG: client-in-handler {{.*}}of handler 'handler'{{.*}}no safe fix: 's3: "2005-01-01"' asks SDK v2 for the S3 API as of 2005-01-01, older than any model v2 bundles (the oldest is 2006-03-01), and its constructor throws
// CHECK-DAG: client-in-handler {{.*}}of handler 'tableHandler'; creating it loads service models and resolves credentials, milliseconds to tens of milliseconds each time{{$}}
const AWS = require("aws-sdk");

AWS.config.apiVersions = { s3: "2005-01-01" };
AWS.config.update({ apiVersions: { dynamodb: "2012-08-10" } });

const s3 = new AWS.S3();

exports.handler = async (event) => {
  // expect: client-in-handler
  return s3.getObject({ Bucket: "b", Key: event.key }).promise();
};

const db = new AWS.DynamoDB();

exports.tableHandler = async (event) => {
  // expect: client-in-handler
  return db.listTables().promise();
};
