// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A connection the handler passes to a function of its module that closes
// it (`await closeAll(pool)`, a `shutdown(knex)` that destroys it) is
// closed on every invocation as if the handler closed it: no fix, the
// reason naming both calls (trial 20 repro 02). One passed to a function
// that only reads it, or to one hoist does not read, keeps the unsafe fix,
// which says so.
const { Pool } = require("pg");
const knexFactory = require("knex");
const { release } = require("./pools");

async function closeAll(db) {
  await db.end();
}

const shutdown = async (k) => {
  await k.destroy();
};

const report = (db) => console.log(db.totalCount);

exports.handler = async (event) => {
  // expect: connection-in-handler
  const pool = new Pool({ host: process.env.DB_HOST });
  const { rows } = await pool.query("select $1::int", [event.id]);
  await closeAll(pool);
  return rows;
};
// CHECK: closed_by_helper.js:25:16: connection-in-handler {{.*}}; no fix: the handler calls 'closeAll(...)', which calls 'db.end(...)': a connection at module scope would be closed, opened again or changed on every invocation

exports.knexHandler = async (event) => {
  // expect: connection-in-handler
  const knex = knexFactory({ client: "pg", connection: process.env.DB_URL });
  const rows = await knex("users").where({ id: event.id });
  await shutdown(knex);
  return rows;
};
const pool = new Pool({ host: process.env.DB_HOST });

// CHECK: closed_by_helper.js:34:16: connection-in-handler {{.*}}; no fix: the handler calls 'shutdown(...)', which calls 'k.destroy(...)'

exports.reportHandler = async (event) => {
  // expect: connection-in-handler
  const { rows } = await pool.query("select $1::int", [event.id]);
  report(pool);
  return rows;
};
// CHECK: closed_by_helper.js:43:16: connection-in-handler {{.*}}; no safe fix: at module scope the pool's connections keep their state

exports.releaseHandler = async (event) => {
  // expect: connection-in-handler
  const { rows } = await pool.query("select $1::int", [event.id]);
  await release(pool);
  return rows;
};
// CHECK: closed_by_helper.js:52:16: connection-in-handler {{.*}}; the handler uses 'pool' otherwise than to call its methods ('release(pool)'), which may close or change it for later invocations
