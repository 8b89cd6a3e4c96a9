const utils = require("./utils");

module.exports.handler = async (event) => utils.getConfig(event.region);
