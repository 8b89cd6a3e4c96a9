const { SNSClient } = require("@aws-sdk/client-sns");

// Named like a handler, and configured by the app: a callback handler
// fails on nodejs24.x.
exports.handler = (event, context, callback) => {
  const sns = new SNSClient({});
  callback(null, sns.config);
};
