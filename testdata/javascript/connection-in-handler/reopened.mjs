// RUN: %expect %s
// A module-level client built once whose connection the handler opens and
// closes again on every invocation (MongoClient's connect() and close(),
// redis' and ioredis' connect() and quit()): a connection per invocation,
// though the client is built at INIT. No fix: keeping the connection open
// across invocations changes when it is closed.
import { MongoClient } from "mongodb";
import { createClient } from "redis";
import Redis from "ioredis";

const mongo = new MongoClient(process.env.MONGODB_URI);
const redis = createClient({ url: process.env.REDIS_URL });
const cache = new Redis(process.env.REDIS_URL, { lazyConnect: true });
const kept = new MongoClient(process.env.MONGODB_URI);

export const handler = async (event) => {
  try {
    // expect: connection-in-handler
    await mongo.connect();
    return await mongo.db("shop").collection("orders").findOne({ id: event.id });
  } finally {
    await mongo.close();
  }
};

export const countHandler = async (event) => {
  // expect: connection-in-handler
  await redis.connect();
  const count = await redis.incr(event.key);
  await redis.quit();
  return count;
};

export const cacheHandler = async (event) => {
  // expect: connection-in-handler
  await cache.connect();
  const value = await cache.get(event.key);
  cache.disconnect();
  return value;
};

// Connected on every invocation, never closed: the driver connects once.
export const keptHandler = async (event) => {
  // ok: connection-in-handler
  await kept.connect();
  return kept.db("shop").collection("orders").findOne({ id: event.id });
};
