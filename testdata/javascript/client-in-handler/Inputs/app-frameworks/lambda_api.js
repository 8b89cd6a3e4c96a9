// lambda-api: the handler hands the event to the API object, which runs the
// route it registered; a module-level client's calls register nothing.
const api = require("lambda-api")();
const { KMSClient } = require("@aws-sdk/client-kms");
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");

// ok: client-in-handler
const dynamo = new DynamoDBClient({});

api.get("/keys", async (req, res) => {
  // expect: client-in-handler
  const kms = new KMSClient({});
  return { kms: !!kms };
});

exports.handler = async (event, context) => {
  await dynamo.destroy(event);
  return api.run(event, context);
};
