// RUN: %expect %s
// A cache the invocation always empties again keeps nothing: what its test
// guards is built on every invocation (trial 20's aziza-kasenova/
// aws-lambda-mysql-connection: a singleton's 'if (instance) return
// instance' whose 'disconnect()', called by the handler every time, sets
// it to null). Emptied only on an error, it still caches.
const mysql = require("mysql");
const { Pool } = require("pg");

let instance = null;

class ConnectionService {
  constructor(credentials) {
    if (instance) {
      return instance;
    }
    this.credentials = credentials;
    ConnectionService.connection = this.connect();
    instance = this;
    return this;
  }

  static disconnect() {
    ConnectionService.connection.destroy();
    ConnectionService.connection = null;
    instance = null;
  }

  connect() {
    const { host, user } = this.credentials;
    // expect: connection-in-handler
    return mysql.createConnection({ host, user });
  }
}

exports.handler = async (event) => {
  try {
    await new ConnectionService({ host: process.env.DB_HOST, user: "app" });
    ConnectionService.disconnect();
    return { statusCode: 200, id: event.id };
  } catch (error) {
    ConnectionService.disconnect();
    return { statusCode: 500 };
  }
};

let pool;

exports.poolHandler = async (event) => {
  if (!pool) {
    // ok: connection-in-handler
    pool = new Pool({ host: process.env.DB_HOST });
  }
  try {
    return await pool.query("select $1::int", [event.id]);
  } catch (error) {
    pool = null;
    throw error;
  }
};
