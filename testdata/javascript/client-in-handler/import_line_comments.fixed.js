// RUN: %expect %s
// A comment that ends the line of the statement above the handler
// (`require(...); // tables`) is that statement's, not a comment above the
// handler: the moved client goes after the statement, not before it, where
// `DynamoDBClient` would not be bound yet (fresh27: an ESM module got its
// client above the import of its class).
"use strict";
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs"); // queues
const { DynamoDBClient, GetItemCommand } = require("@aws-sdk/client-dynamodb"); // tables

const ddb = new DynamoDBClient({});

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  return ddb.send(new GetItemCommand({ TableName: "t", Key: { id: { S: event.id } } }));
};

const sqs = new SQSClient({});

// the queue's handler, after a comment of its own
exports.queueHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  return sqs.send(new SendMessageCommand({ MessageBody: event.id }));
};
