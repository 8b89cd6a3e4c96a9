// A handler that builds an HTTPS agent (a connection pool) per invocation;
// its unsafe fix moves it to module scope.
const https = require('https');

exports.handler = async (event) => {
  const agent = new https.Agent({ keepAlive: true });
  return { keepAlive: agent.keepAlive, order: event.order };
};
