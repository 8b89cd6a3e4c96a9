// aws-serverless-express: the handler hands the server to the library,
// which runs the app's routes.
const awsServerlessExpress = require("aws-serverless-express");
const express = require("express");
const { SNSClient } = require("@aws-sdk/client-sns");

const app = express();
app.get("/notify", async (req, res) => {
  // expect: client-in-handler
  const sns = new SNSClient({});
  res.json({ sns: !!sns });
});

const server = awsServerlessExpress.createServer(app);

exports.handler = (event, context) => awsServerlessExpress.proxy(server, event, context);
