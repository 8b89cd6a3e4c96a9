// RUN: %expect %s
// A connect helper given the module's cache, whose result the caller stores
// back there (jriverox's 'cachedDbClient = await connect(uri, cachedDbClient)'),
// connects only while the cache is empty: the helper returns what it is
// given when set.
const { MongoClient } = require('mongodb');
const { Pool } = require('pg');

let cachedDbClient;
let cachedPool;

const connect = async (uri, cachedClient, options) => {
  if (cachedClient) {
    return cachedClient;
  }
  // ok: connection-in-handler
  cachedClient = await MongoClient.connect(uri, options);
  return cachedClient;
};

function pool(existing) {
  if (existing) return existing;
  // expect: connection-in-handler
  return new Pool({ max: 1 });
}

exports.handler = async (event) => {
  cachedDbClient = await connect(process.env.MONGO_URI, cachedDbClient, {});
  // The result is not stored where the cache came from: a pool each time.
  const fresh = pool(cachedPool);
  return [cachedDbClient, fresh];
};
