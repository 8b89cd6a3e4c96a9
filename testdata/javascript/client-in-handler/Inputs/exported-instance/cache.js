const Redis = require("ioredis");

class Cache {
  connect() {
    // expect: connection-in-handler
    this.client = new Redis({ host: process.env.REDIS_HOST });
  }
  async get(key) {
    this.connect();
    return this.client.get(key);
  }
}

module.exports = new Cache();
