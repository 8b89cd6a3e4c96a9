// The first invocation copies a parameter into the environment, then every
// invocation builds the connection from it: at module scope the host would
// be undefined.
const mysql = require("mysql2/promise");
const { SSMClient, GetParameterCommand } = require("@aws-sdk/client-ssm");

const ssm = new SSMClient({});

exports.handler = async (event) => {
  if (process.env.DB_HOST == null) {
    const parameter = await ssm.send(new GetParameterCommand({ Name: "db" }));
    process.env.DB_HOST = parameter.Parameter.Value;
  }
  let dbConfig = { host: process.env.DB_HOST, user: process.env.DB_USER };
  // expect: connection-in-handler[not-hoistable]
  const connection = await mysql.createConnection(dbConfig);
  const [rows] = await connection.query("select ?", [event.id]);
  await connection.end();
  return rows;
};
