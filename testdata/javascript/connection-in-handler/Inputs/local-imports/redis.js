// A factory, required by the function that calls it.
module.exports = () => {
  const redis = require("redis");
  // expect: connection-in-handler
  return redis.createClient({ url: process.env.REDIS_URL });
};
