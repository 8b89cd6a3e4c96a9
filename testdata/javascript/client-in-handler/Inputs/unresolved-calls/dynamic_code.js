// Code built from a string may write the environment: an `eval` of code
// hoist cannot read, a Function whose code names it (trial 37js, A).
var { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const setRegion = new Function("r", "process.env.AWS_REGION = r");
const regionSetter = (r) => ({ [Symbol.iterator]() { process.env.AWS_REGION = r; return [][Symbol.iterator](); } });

exports.evalHandler = async function (event) {
  eval("process.env.AWS_REGION = '" + event.region + "'");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.functionHandler = async function (event) {
  setRegion(event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.iteratorHandler = async function (event) {
  for (const _ of regionSetter(event.region));
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
