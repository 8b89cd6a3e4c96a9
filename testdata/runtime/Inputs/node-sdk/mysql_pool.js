// mysql2's promise API, from npm: a pool per invocation (an unsafe fix moves
// it); its createPool builds mysql2's own pool inside, counted once.
const mysql = require('mysql2/promise');

exports.handler = async (event) => {
  const pool = mysql.createPool({ host: '127.0.0.1', port: 9, connectionLimit: 2 });
  return { limit: pool.pool.config.connectionLimit, order: event.order };
};
