// The compiled helper is not in the task root (it is built before
// deployment).
const { listBuckets } = require("./dist/buckets");
const https = require("https");

exports.handler = async (event) => {
  const agent = new https.Agent({ keepAlive: true });
  return listBuckets(agent);
};
