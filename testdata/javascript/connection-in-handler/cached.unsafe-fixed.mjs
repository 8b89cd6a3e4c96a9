// RUN: %expect %s
// The usual ways of keeping one connection across invocations.
import { MongoClient } from "mongodb";
import mysql from "mysql2/promise";
import pg from "pg";

let cachedDb = null;
let connection;
// ok: connection-in-handler
const pool = new pg.Pool();

async function connectToDatabase() {
  if (cachedDb) {
    return cachedDb;
  }
  // ok: connection-in-handler
  const client = await MongoClient.connect(process.env.MONGODB_URI);
  cachedDb = client.db("app");
  return cachedDb;
}

const perCall = new pg.Client();

export async function handler(event) {
  const db = await connectToDatabase();
  if (!connection) {
    // ok: connection-in-handler
    connection = await mysql.createConnection({ host: "db" });
  }
  // expect: connection-in-handler
  return [db, connection, pool, perCall, event];
}
