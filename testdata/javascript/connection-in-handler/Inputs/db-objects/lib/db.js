// A database helper exported as an object bound to a name
// (`module.exports = db`): its methods run where the handler calls them.
const { Pool } = require("pg");

const db = {
  query: async (text, params) => {
    // expect: connection-in-handler
    const pool = new Pool();
    const result = await pool.query(text, params);
    await pool.end();
    return result;
  },
};

module.exports = db;
