const { Client } = require("pg");

exports.query = async (text, values) => {
  // expect: connection-in-handler
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
};
