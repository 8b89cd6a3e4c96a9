// A Lambda layer's module (ContentUri: common/), at /opt in the function.
const { DynamoDB } = require("aws-sdk");

class DbClient {
  constructor() {
    // expect: client-in-handler
    this.client = new DynamoDB.DocumentClient();
  }
}

module.exports = { DbClient };
