// RUN: %expect %s
// Database drivers and HTTP agents opened on every invocation.
const mysql = require("mysql2/promise");
const { createPool } = require("mysql");
const { Client, Pool } = require("pg");
const { MongoClient } = require("mongodb");
const mongoose = require("mongoose");
const Redis = require("ioredis");
const redis = require("redis");
const { PrismaClient } = require("@prisma/client");
const knex = require("knex");
const https = require("node:https");

exports.handler = async (event) => {
  // expect: connection-in-handler
  const a = await mysql.createConnection({ host: "db" });
  // expect: connection-in-handler
  const b = createPool({ host: "db" });
  // expect: connection-in-handler
  const c = new Client();
  // expect: connection-in-handler
  const d = new Pool();
  // expect: connection-in-handler
  const e = await MongoClient.connect("mongodb://db");
  // expect: connection-in-handler
  const f = new MongoClient("mongodb://db");
  // expect: connection-in-handler
  await mongoose.connect("mongodb://db");
  // expect: connection-in-handler
  const g = new Redis();
  // expect: connection-in-handler
  const h = redis.createClient();
  // expect: connection-in-handler
  const i = new PrismaClient();
  // expect: connection-in-handler
  const j = knex({ client: "pg" });
  // expect: connection-in-handler
  const k = new https.Agent({ keepAlive: true });
  return [a, b, c, d, e, f, g, h, i, j, k];
};
