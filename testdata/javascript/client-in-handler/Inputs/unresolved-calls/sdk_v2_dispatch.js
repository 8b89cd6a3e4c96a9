// SDK v2's global configuration changed through a call hoist resolves by
// what it spells (trial 37js, A).
const AWS = require("aws-sdk");

// expect: client-in-handler
const setup = { tenant: () => AWS.config.update({ region: "eu-west-1" }), none: () => {} };

exports.handler = async (event) => {
  setup[event.id ? "tenant" : "none"](event);
  // expect: client-in-handler[hoistable]
  const s3 = new AWS.S3();
  return s3.listBuckets().promise();
};
