// Written before the store loads: the moved client reads it too.
process.env.AWS_REGION = process.env.TARGET_REGION || "eu-west-1";

const { readObject } = require("./store");

exports.handler = async (event) => readObject(event.key);
