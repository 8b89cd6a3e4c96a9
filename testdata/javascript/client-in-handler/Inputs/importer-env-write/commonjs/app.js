const { readObject } = require("./store");

// The region this deployment reads from, set once the store has loaded.
process.env.AWS_REGION = process.env.TARGET_REGION || "eu-west-1";

exports.handler = async (event) => readObject(event.key);
