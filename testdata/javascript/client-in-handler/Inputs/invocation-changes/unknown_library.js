// A library the catalogue does not know to leave the environment alone may
// write it (this one loads a tenant's parameters into process.env), as
// Python treats library code it cannot see: no safe fix (trial 34js, A).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");
const paramEnv = require("aws-param-env");

exports.handler = async (event) => {
  paramEnv.load("/tenants/" + event.tenant);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
