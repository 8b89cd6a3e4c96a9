// Answers nothing: equal responses say nothing of what it did.
const https = require("https");

exports.handler = async (event) => {
  const agent = new https.Agent({ keepAlive: true });
  console.log(agent.keepAlive);
};
