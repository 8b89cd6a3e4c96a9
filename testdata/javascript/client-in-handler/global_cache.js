// RUN: %expect %s
// A client kept in a property of Node's global object, built when the
// property is empty, is built on the first invocation only (twils0's
// 'if (!global.sns) global.sns = new AWS.SNS()'): as lazy as a module 'let'.
const AWS = require('aws-sdk');
const { S3Client } = require('@aws-sdk/client-s3');

function publisher() {
  if (!global.sns) {
    // ok: client-in-handler
    global.sns = new AWS.SNS();
  }
  return global.sns;
}

function storage() {
  // ok: client-in-handler
  if (!globalThis.s3) globalThis.s3 = new S3Client({});
  return globalThis.s3;
}

function mailer() {
  if (global.ses === undefined) {
    // ok: client-in-handler
    global.ses = new AWS.SES();
  }
  return global.ses;
}

function queue() {
  // A write to the global object without a test of it: every invocation.
  // expect: client-in-handler
  global.sqs = new AWS.SQS();
  return global.sqs;
}

function secrets() {
  // The test reads another property: built every time 'secrets' is empty.
  if (!global.config) {
    global.config = {};
  }
  // expect: client-in-handler
  global.secrets = new AWS.SecretsManager();
  return global.secrets;
}

exports.handler = async (event) => {
  // ok: client-in-handler
  global.kms ??= new AWS.KMS();
  return [publisher(), storage(), mailer(), queue(), secrets(), global.kms];
};
