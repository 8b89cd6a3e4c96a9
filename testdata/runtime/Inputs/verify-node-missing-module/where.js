// Answers with its own path: the two copies run from different scratch
// directories, and both answer /var/task/where.js, as in Lambda.
const https = require("https");

exports.handler = async (event) => {
  const agent = new https.Agent({ keepAlive: true });
  return { file: __filename, keepAlive: agent.keepAlive };
};
