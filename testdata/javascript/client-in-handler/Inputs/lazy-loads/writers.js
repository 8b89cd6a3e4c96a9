// A module the handler loads runs its module code then, the first time:
// what it writes of the environment or of SDK v2's configuration, a client
// built after the load reads, one moved to INIT would not (trial 36js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");
const AWS = require("aws-sdk");
const path = require("path");

let booted = false;

exports.requireHandler = async (event) => {
  require("./setup");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.guardedHandler = async (event) => {
  if (!booted) {
    require("./setup");
    booted = true;
  }
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.configHandler = async (event) => {
  const config = require("./config_with_dotenv");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({ MaxBuckets: config.max }));
};

exports.dotenvHandler = async (event) => {
  require("dotenv/config");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

// A package hoist does not read, or a path it does not compute, may write
// it too.
exports.packageHandler = async (event) => {
  require("local-env");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.computedHandler = async (event) => {
  require(path.join(__dirname, "setup"));
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.sdkV2Handler = async (event) => {
  require("./sdk_setup");
  // expect: client-in-handler[hoistable]
  const ddb = new AWS.DynamoDB.DocumentClient();
  return ddb.get({ TableName: "t", Key: { id: event.id } }).promise();
};
