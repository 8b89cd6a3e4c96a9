const AWS = require("aws-sdk");

// Called by the handler of sdk_v2_other_module.js on every invocation.
exports.configure = () => {
  // expect: client-in-handler
  AWS.config.update({ region: process.env.TABLE_REGION });
};
