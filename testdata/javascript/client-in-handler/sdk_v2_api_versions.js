// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// SDK v2 builds a client on the newest model it bundles no newer than the
// apiVersion asked for, and its constructor throws when none is that old
// (trial 29js: 10 fixes broke INIT). An older date than the catalogue's
// oldest model of the service, or a version hoist cannot read, keeps the
// move unsafe; 'latest', no version, and dates v2 has move.
// CHECK-DAG: client-in-handler {{.*}}'oldHandler'{{.*}}no safe fix: 'apiVersion: "2001-01-01"' asks SDK v2 for the S3 API as of 2001-01-01, older than any model v2 bundles (the oldest is 2006-03-01), and its constructor throws: at module scope INIT would fail, and every invocation with it
// CHECK-DAG: client-in-handler {{.*}}'numberHandler'{{.*}}no safe fix: 'apiVersion: 2010' asks SDK v2 for an API version of SNS hoist cannot read
// CHECK-DAG: client-in-handler {{.*}}'documentHandler'{{.*}}no safe fix: 'apiVersion: "2009-01-01"' asks SDK v2 for the DynamoDB API as of 2009-01-01
// CHECK-DAG: client-in-handler {{.*}}'serviceModuleHandler'{{.*}}no safe fix: 'sqs: "2012-11-04"' asks SDK v2 for the SQS API as of 2012-11-04
// CHECK-DAG: client-in-handler {{.*}}'caughtHandler'{{.*}}no safe fix: 'apiVersion: OLD_DYNAMODB' asks SDK v2 for the DynamoDB API as of 2010-06-30
// CHECK-DAG: client-in-handler {{.*}}'environmentHandler'{{.*}}no safe fix: 'apiVersion: process.env.SES_API' asks SDK v2 for an API version of SES hoist cannot read
const AWS = require("aws-sdk");
const SQS = require("aws-sdk/clients/sqs");

const OLD_DYNAMODB = "2010-06-30";
const DYNAMODB_API = "2012-08-10";

exports.oldHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new AWS.S3({ apiVersion: "2001-01-01" });
  return s3.getObject({ Bucket: "b", Key: event.key }).promise();
};

exports.numberHandler = async (event) => {
  // expect: client-in-handler
  const sns = new AWS.SNS({ apiVersion: 2010 });
  return sns.publish({ Message: event.key }).promise();
};

exports.documentHandler = async (event) => {
  // expect: client-in-handler
  const documents = new AWS.DynamoDB.DocumentClient({ apiVersion: "2009-01-01" });
  return documents.get({ TableName: "t", Key: { id: event.id } }).promise();
};

exports.serviceModuleHandler = async (event) => {
  // expect: client-in-handler
  const sqs = new SQS({ apiVersions: { sqs: "2012-11-04" } });
  return sqs.getQueueUrl({ QueueName: event.key }).promise();
};

exports.caughtHandler = async (event) => {
  try {
    // expect: client-in-handler
    const db = new AWS.DynamoDB({ apiVersion: OLD_DYNAMODB });
    return await db.listTables().promise();
  } catch (err) {
    return { failed: err.message };
  }
};

exports.environmentHandler = async (event) => {
  // expect: client-in-handler
  const ses = new AWS.SES({ apiVersion: process.env.SES_API });
  return ses.getSendQuota().promise();
};

// The versions v2 has, 'latest', and none: safe moves.
exports.latestHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new AWS.S3({ apiVersion: "latest" });
  return s3.getObject({ Bucket: "b", Key: event.key }).promise();
};

exports.knownHandler = async (event) => {
  // expect: client-in-handler
  const db = new AWS.DynamoDB({ apiVersion: DYNAMODB_API });
  return db.listTables().promise();
};

exports.oldestHandler = async (event) => {
  // expect: client-in-handler
  const legacy = new AWS.DynamoDB({ apiVersion: "2011-12-05" });
  return legacy.listTables().promise();
};

exports.newerHandler = async (event) => {
  // expect: client-in-handler
  const queue = new AWS.SQS({ apiVersion: "2030-01-01" });
  return queue.getQueueUrl({ QueueName: event.key }).promise();
};

exports.wrappedServiceHandler = async (event) => {
  // expect: client-in-handler
  const table = new AWS.DynamoDB.DocumentClient({ service: new AWS.DynamoDB(), apiVersion: "2001-01-01" });
  return table.get({ TableName: "t", Key: { id: event.id } }).promise();
};
