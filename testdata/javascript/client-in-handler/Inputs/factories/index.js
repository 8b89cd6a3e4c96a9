// Handlers a factory of the project makes: the function it returns is the
// handler; what the factory's caller builds at module scope is built once.
const AWS = require("aws-sdk");
const makeHandler = require("./handler");
const { genericReadHandler } = require("./generic");

// ok: client-in-handler
const table = new AWS.DynamoDB.DocumentClient();

exports.handler = makeHandler({ table });
exports.lambdaHandler = genericReadHandler(table, "events");
