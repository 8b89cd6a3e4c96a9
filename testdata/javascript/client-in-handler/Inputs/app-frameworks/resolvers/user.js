const { Client } = require("pg");
const mysql = require("serverless-mysql");

exports.func = async (_, { id }) => {
  // expect: connection-in-handler
  const client = new Client();
  // expect: connection-in-handler
  const db = mysql({ config: { host: "db" } });
  return [client, db, id];
};
