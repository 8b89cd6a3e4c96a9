// RUN: %expect %s
// Fixes in CommonJS: a client the handler only sends commands with, built
// from literals, constants and the environment, moves to module scope
// (safe); one it uses otherwise, built from module state, or on one branch,
// moves only with --unsafe-fixes; one built from a local moves once that
// local has.
"use strict";
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");
const { SNSClient, PublishCommand } = require("@aws-sdk/client-sns");
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, GetCommand } = require("@aws-sdk/lib-dynamodb");

const RETRIES = 3;
let settings = { region: "eu-west-1" }; // module state: a let

const s3 = new S3Client({
  region: process.env.AWS_REGION,
  maxAttempts: RETRIES,
});

/** Reads the object the event names. */
exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const object = await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.id }));
  return { object };
};

const sqs = new SQSClient({ region: settings.region });

const sns = new SNSClient({});

exports.queueHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  const sent = await sqs.send(new SendMessageCommand({ MessageBody: event.id }));
  const published = await publish(sns, event.id);
  return { sent, published };
};

async function publish(sns, message) {
  return sns.send(new PublishCommand({ Message: message }));
}

const table = new DynamoDBClient({});

const documents = DynamoDBDocumentClient.from(table);

// A client wrapped in a document client: the client moves first, then the
// wrapper, in the next pass.
exports.tableHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  return documents.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};

let queue = new SQSClient({ region: "eu-west-1" });

// A 'let' the handler never assigns again moves as a 'const' does; one it
// assigns again does not move.
exports.letHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  let topic = new SNSClient({ region: "eu-west-1" });
  if (event.region) {
    // expect: client-in-handler[not-hoistable]
    topic = new SNSClient({ region: event.region });
  }
  const sent = await queue.send(new SendMessageCommand({ MessageBody: event.id }));
  return { sent, published: await topic.send(new PublishCommand({ Message: event.id })) };
};

const ddb = new DynamoDBClient({});

exports.branchHandler = async (event) => {
  if (event.id) {
    // expect: client-in-handler[hoistable]
    return { ddb: typeof ddb.send };
  }
  return null;
};
