// Reads its table at INIT from the variables its template sets: without
// them, INIT fails on every invocation.
const https = require('https');

const table = process.env.ORDERS_TABLE.trim();

exports.handler = async (event) => {
  const agent = new https.Agent({ keepAlive: true });
  return { table, stage: process.env.STAGE, keepAlive: agent.keepAlive, order: event.order };
};
