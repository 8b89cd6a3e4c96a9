const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");

module.exports.handler = async (event) => {
  const db = new DynamoDBClient({});
  return db.config;
};
