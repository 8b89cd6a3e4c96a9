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

const b = createPool({ host: "db" });

const c = new Client();

const d = new Pool();

const f = new MongoClient("mongodb://db");

const g = new Redis();

const h = redis.createClient();

const i = new PrismaClient();

const j = knex({ client: "pg" });

const k = new https.Agent({ keepAlive: true });

exports.handler = async (event) => {
  // expect: connection-in-handler
  const a = await mysql.createConnection({ host: "db" });
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  const e = await MongoClient.connect("mongodb://db");
  // expect: connection-in-handler
  // expect: connection-in-handler
  await mongoose.connect("mongodb://db");
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  return [a, b, c, d, e, f, g, h, i, j, k];
};
