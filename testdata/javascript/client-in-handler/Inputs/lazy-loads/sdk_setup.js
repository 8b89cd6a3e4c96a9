// Loaded by a handler of writers.js: changes SDK v2's configuration.
require("aws-sdk").config.update({ region: "eu-central-1" });
