// pg, from npm: a pool per invocation (an unsafe fix moves it). It connects
// only when queried, so nothing is queried here.
const { Pool } = require('pg');

exports.handler = async (event) => {
  const pool = new Pool({ host: '127.0.0.1', port: 9, max: 2 });
  return { idle: pool.idleCount, order: event.order };
};
