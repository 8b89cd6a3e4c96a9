const { Pool } = require("pg");

exports.poolHandler = async (event) => {
  const pool = new Pool({ host: process.env.DB_HOST });
  const { rows } = await pool.query("select 1");
  return rows;
};
