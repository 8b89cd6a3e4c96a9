// RUN: %expect %s
// Middleware a handler wrapper runs on every invocation: middy's hooks
// (`before`, `after`, `onError`) of the objects given to `.use(...)` (an
// object, an array, what a function of the project returns) and the
// functions given to `.before(...)` and the like.
const middy = require("@middy/core");
const mongoose = require("mongoose");
const { Client, Pool } = require("pg");
const Redis = require("ioredis");
const other = require("other-wrapper");

const base = async (event, context) => ({ id: event.id, db: Boolean(context.db) });

const dbConnect = () => ({
  before: async (request) => {
    // expect: connection-in-handler
    await mongoose.connect(process.env.MONGODB_URI);
  },
});

const cacheMiddleware = {
  after: async (request) => {
    // expect: connection-in-handler
    const redis = new Redis(process.env.REDIS_URL);
    await redis.set(request.event.id, "1");
  },
};

let pool;
const pooled = {
  // Built once: the module keeps it.
  before: async (request) => {
    if (!pool) {
      // ok: connection-in-handler
      pool = new Pool();
    }
    request.context.db = pool;
  },
};

exports.handler = middy(base)
  .use(dbConnect())
  .use([cacheMiddleware, pooled])
  .before(async (request) => {
    // expect: connection-in-handler
    const db = new Client();
    await db.connect();
    request.context.db = db;
  });

// A wrapper the catalogue does not know: what its .use() is given is not
// taken for per-invocation code.
exports.otherHandler = other(base).use({
  before: async () => {
    // ok: connection-in-handler
    await mongoose.connect(process.env.MONGODB_URI);
  },
});
