// RUN: %expect %s
// Drizzle builds a connection pool of its own when given connection details
// (a URL, an environment read, `{ connection }`), and none when given a
// client or pool built elsewhere, which is then what is reported or not.
import { drizzle } from "drizzle-orm/node-postgres";
import { drizzle as drizzleMysql } from "drizzle-orm/mysql2";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const handler = async (event: { id: string }) => {
  // expect: connection-in-handler
  const db = drizzle(process.env.DATABASE_URL!);
  return db.execute(`select ${event.id}`);
};

export const mysqlHandler = async (event: { id: string }) => {
  // expect: connection-in-handler
  const db = drizzleMysql({ connection: { uri: process.env.MYSQL_URL! } });
  return db.execute(`select ${event.id}`);
};

export const pooledHandler = async (event: { id: string }) => {
  // ok: connection-in-handler
  const db = drizzle(pool);
  // ok: connection-in-handler
  const again = drizzle({ client: pool });
  return [db, again, event.id];
};
