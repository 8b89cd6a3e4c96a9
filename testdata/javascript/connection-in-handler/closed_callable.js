// RUN: %expect %s
// An instance that is itself the query function (knex's `knex('users')`,
// postgres.js's tagged `sql\`...\``) is queried by calling it; a handler that
// then destroys or ends it gets no fix, however it used it before (thundra's
// knex handler reads `knex.schema` first): at module scope the pool would be
// gone after the first invocation, and every later one fail (trial 20's
// repro 02).
const postgres = require("postgres");

exports.usersHandler = async (event) => {
  // expect: connection-in-handler
  const knex = require("knex")({ client: "mysql2", connection: { host: process.env.DB_HOST } });
  const rows = await knex("users").select();
  await knex.destroy();
  return rows;
};

exports.accountsHandler = async (event) => {
  // expect: connection-in-handler
  const knex = require("knex")({ client: "mysql2", connection: { host: process.env.DB_HOST } });
  await knex.schema.createTableIfNotExists("accounts", (table) => table.increments());
  const rows = await knex("accounts").insert({ name: event.name });
  await knex.destroy();
  return rows;
};

exports.handler = async (event) => {
  // expect: connection-in-handler
  const sql = postgres(process.env.DATABASE_URL);
  const rows = await sql`select 1 as one`;
  await sql.end();
  return rows;
};
