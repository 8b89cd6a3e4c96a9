// What a package builds for itself is not the function's construction: only
// the handler's own agent counts.
const https = require('https');
const pooled = require('pooled-client');

exports.handler = async (event) => {
  const agent = new https.Agent({ keepAlive: true });
  return { own: agent.keepAlive, library: pooled.request(), order: event.order };
};
