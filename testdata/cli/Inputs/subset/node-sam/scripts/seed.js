const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");

exports.handler = async (event) => {
  const db = new DynamoDBClient({});
  return db.config;
};
