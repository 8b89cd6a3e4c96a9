// RUN: %expect %s
// The trace's variable read by a name folded from constants, through an
// alias or a copy of the environment, or by a name hoist cannot compute
// (which may be it): the Lambda runtime sets it anew for every invocation
// (trial 37js, C). A name folded to another variable moves.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const TRACE = "_X_AMZN_TRACE_ID";
const REGION = "DATA_REGION";
const env = process.env;

exports.concatenatedHandler = async (event) => {
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ customUserAgent: process.env["_X_AMZN_" + "TRACE_ID"] });
  return s3.send(new ListBucketsCommand({ Prefix: event.prefix }));
};

exports.constantKeyHandler = async (event) => {
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ customUserAgent: process.env[TRACE] });
  return s3.send(new ListBucketsCommand({ Prefix: event.prefix }));
};

exports.templateKeyHandler = async (event) => {
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ customUserAgent: process.env[`_X_AMZN_TRACE_ID`] });
  return s3.send(new ListBucketsCommand({ Prefix: event.prefix }));
};

exports.aliasHandler = async (event) => {
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ customUserAgent: env[TRACE] });
  return s3.send(new ListBucketsCommand({ Prefix: event.prefix }));
};

exports.joinedKeyHandler = async (event) => {
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ customUserAgent: process.env[["_X", "AMZN", "TRACE", "ID"].join("_")] });
  return s3.send(new ListBucketsCommand({ Prefix: event.prefix }));
};

exports.copyHandler = async (event) => {
  const copy = { ...process.env };
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ customUserAgent: copy._X_AMZN_TRACE_ID });
  return s3.send(new ListBucketsCommand({ Prefix: event.prefix }));
};

const regional = new S3Client({ region: process.env[REGION] });

exports.foldedRegionHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  return regional.send(new ListBucketsCommand({ Prefix: event.prefix }));
};
