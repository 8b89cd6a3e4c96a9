// RUN: %expect %s
// TypeORM 0.2 keeps its default connection in its own module: a test of
// that state, or a try that asks it for the connection, guards the
// construction, which then runs once per execution environment. A guard
// of something else does not.
import { getConnection, getConnectionManager, createConnection, Connection } from "typeorm";

export const tryHandler = async (event: any) => {
  try {
    getConnection();
  } catch (err) {
    // ok: connection-in-handler
    await createConnection();
  }
  return { statusCode: 200, id: event.id };
};

async function getDb(): Promise<Connection> {
  const manager = getConnectionManager();
  if (manager.has("default")) {
    return manager.get("default");
  }
  // ok: connection-in-handler
  return createConnection();
}

export const managerHandler = async (event: any) => {
  const db = await getDb();
  return db.query("select 1", [event.id]);
};

export const parseHandler = async (event: any) => {
  try {
    return JSON.parse(event.body);
  } catch (err) {
    // expect: connection-in-handler
    const fresh = await createConnection();
    return fresh.query("select 1", [event.id]);
  }
};
