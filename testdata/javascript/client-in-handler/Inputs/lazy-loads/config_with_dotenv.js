// Loaded by a handler of writers.js: loads .env into the environment.
require("dotenv").config();
module.exports = { max: 10 };
