const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");

exports.table = () => {
  // expect: client-in-handler
  return new DynamoDBClient({});
};
