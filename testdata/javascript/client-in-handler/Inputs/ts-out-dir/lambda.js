// A JavaScript entry point requiring what tsc writes to lib/, not compiled
// in a checkout: the client its TypeScript source builds is found there.
const { work } = require("./lib/worker");

exports.handler = async (event) => work(event.id);
