// SDK v2 clients read the global configuration when built: the handler's
// call changes it before the client is built, so at module scope the
// client would read the configuration INIT has (Lambda's region).
const AWS = require("aws-sdk");
const { configure } = require("./config");

exports.handler = async (event) => {
  configure();
  // expect: client-in-handler[hoistable]
  const ddb = new AWS.DynamoDB.DocumentClient();
  return ddb.get({ TableName: "t", Key: { id: event.id } }).promise();
};
