// RUN: %expect %s
// Connections move only with --unsafe-fixes, and not when the handler ends
// or opens them: a module-level one would be closed after the first
// invocation, or connected again on every one.
import pg from "pg";

export const handler = async (event) => {
  // expect: connection-in-handler[hoistable]
  const pool = new pg.Pool({ max: 1 });
  const { rows } = await pool.query("select $1::text as id", [event.id]);
  return rows;
};

export const clientHandler = async (event) => {
  // expect: connection-in-handler[hoistable]
  const client = new pg.Client();
  await client.connect();
  const { rows } = await client.query("select 1");
  await client.end();
  return { rows, id: event.id };
};
