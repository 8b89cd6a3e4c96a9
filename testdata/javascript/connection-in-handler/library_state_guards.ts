// RUN: %expect %s
// TypeORM 0.2 keeps its default connection in its own module: a test of
// that state, or a try that asks it for the connection, guards the
// construction, which then runs once per execution environment. A guard
// of something else does not.
import { getConnection, getConnectionManager, createConnection, Connection } from "typeorm";
import Stripe from "stripe";

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

// A catch whose try reads an object the handler built itself from the
// package (guardian's stripe-disputes: the main account's client, then the
// Australian one's) tests no state of the package: built every time.
export const webhookHandler = async (event: any) => {
  // expect: connection-in-handler
  const main = new Stripe(event.key);
  try {
    return main.webhooks.constructEvent(event.body);
  } catch (err) {
    // expect: connection-in-handler
    const australia = new Stripe(event.australianKey);
    return australia.webhooks.constructEvent(event.body);
  }
};
