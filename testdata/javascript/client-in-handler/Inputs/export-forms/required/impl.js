const { SNSClient } = require("@aws-sdk/client-sns");

exports.handler = async (event) => {
  // expect: client-in-handler
  const sns = new SNSClient({});
  return { sns, event };
};
