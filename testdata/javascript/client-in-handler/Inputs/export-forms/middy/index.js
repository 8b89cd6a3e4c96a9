const middy = require("@middy/core");
const jsonBodyParser = require("@middy/http-json-body-parser");
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");

const base = async (event) => {
  // expect: client-in-handler
  const dynamo = new DynamoDBClient({});
  return { dynamo, event };
};

exports.handler = middy(base)
  .use(jsonBodyParser())
  .before(async (request) => {
    request.event.seen = true;
  });
