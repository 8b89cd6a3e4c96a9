const { Pool } = require("pg");

// A named export of an object of functions (CommonJS).
exports.Repo = {
  async find(id) {
    // expect: connection-in-handler
    const pool = new Pool();
    return (await pool.query("select $1::text as id", [id])).rows;
  },
};
