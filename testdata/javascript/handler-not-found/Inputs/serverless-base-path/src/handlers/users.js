const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");

exports.list = async (event) => {
  // expect: client-in-handler
  const db = new DynamoDBClient({});
  return { statusCode: 200, body: String(typeof db) };
};

exports.get = async (event) => ({ statusCode: 200, body: event.id });
