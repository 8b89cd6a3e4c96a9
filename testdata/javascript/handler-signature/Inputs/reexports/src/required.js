exports.handler = require("./impl").handler;
