// RUN: %expect %s
// DynamoDBDocumentClient.from(ddb) shares ddb's configuration and
// middleware stack: what the handler does to the wrapper (adds middleware,
// hands it on) it does to ddb, which moved to module scope would keep a
// middleware more on every invocation (trial 34js, F).
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, GetCommand } = require("@aws-sdk/lib-dynamodb");

const tag = (next) => async (args) => next(args);

function instrument(client) {
  client.middlewareStack.add(tag, { step: "initialize" });
  return client;
}

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const ddb = new DynamoDBClient({});
  // expect: client-in-handler[hoistable]
  const doc = DynamoDBDocumentClient.from(ddb);
  doc.middlewareStack.add(tag, { step: "initialize" });
  return doc.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};

exports.passedHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const table = new DynamoDBClient({});
  // expect: client-in-handler
  const doc = instrument(DynamoDBDocumentClient.from(table));
  return doc.send(new GetCommand({ TableName: "t", Key: { id: event.id } }));
};
