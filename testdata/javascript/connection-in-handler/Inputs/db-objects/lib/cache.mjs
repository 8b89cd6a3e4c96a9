import Redis from "ioredis";

const cache = {
  get(key) {
    // expect: connection-in-handler
    const redis = new Redis(process.env.REDIS_URL);
    return redis.get(key);
  },
};

export default cache;
