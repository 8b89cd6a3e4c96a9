// RUN: %expect %s
// A 'let' its block never assigns again holds its first value, as a 'const'
// does: what the construction reads through it decides 'hoistable' (trial
// 20 repro 03: rsshakil's 'let writeDbConfig = { host: process.env.X }'
// carried no 'hoistable' in JSON). One the function assigns again holds
// what the invocation gives it.
const mysql = require("mysql2/promise");

async function connect(event) {
  let region = "us-east-1";
  if (event.eu) region = "eu-west-1";
  // expect: connection-in-handler[not-hoistable]
  return mysql.createConnection({ host: `${region}.db.example`, user: process.env.DB_USER });
}

exports.handler = async (event) => {
  let writeDbConfig = { host: process.env.DB_HOST, user: process.env.DB_USER };
  // expect: connection-in-handler[hoistable]
  const connection = await mysql.createConnection(writeDbConfig);
  const [rows] = await connection.query("select 1");
  return [rows, await connect(event)];
};
