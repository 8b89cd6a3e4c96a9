// The project's SDK v2 setup, loaded by the handler's module at INIT.
const AWS = require("aws-sdk");

AWS.config.apiVersions = { s3: "2005-01-01" };
module.exports = AWS;
