// RUN: %expect %s
// A helper that fills module state, called only while that state is unset
// (`if (!pool) await connect()`, `server ??= await bootstrap()`), builds
// once; called unguarded, it builds on every invocation.
import pg from "pg";
import { MongoClient } from "mongodb";

let pool;
let mongo;
let server;

async function bootstrap() {
  // ok: connection-in-handler
  const db = new pg.Client();
  return { db };
}

const connect = async () => {
  // ok: connection-in-handler
  pool = new pg.Pool({ max: 1 });
};

async function openMongo() {
  // expect: connection-in-handler
  mongo = await MongoClient.connect(process.env.MONGODB_URI);
}

export const handler = async (event) => {
  if (!pool) {
    await connect();
  }
  await openMongo();
  server ??= await bootstrap();
  return [await pool.query("select 1"), mongo, server, event];
};
