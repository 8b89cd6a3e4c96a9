// RUN: %expect %s
// Sequelize, postgres.js, TypeORM, undici's pools, OpenAI and Stripe clients
// hold connection pools; an axios instance does when it is given a
// keep-alive agent of its own.
import { Sequelize } from "sequelize";
import postgres from "postgres";
import { DataSource } from "typeorm";
import { Pool, Agent, Client } from "undici";
import axios from "axios";
import https from "node:https";
import OpenAI from "openai";
import Stripe from "stripe";

// ok: connection-in-handler
const sharedAgent = new https.Agent({ keepAlive: true });

const sequelize = new Sequelize(process.env.DATABASE_URL);

const sql = postgres(process.env.DATABASE_URL);

const source = new DataSource({ type: "postgres" });

const pool = new Pool("http://localhost:3000");

const agent = new Agent({ keepAliveTimeout: 10 });

const client = new Client("http://localhost:3000");

const api = axios.create({ httpsAgent: new https.Agent({ keepAlive: true }) });

const openai = new OpenAI();

const stripe = new Stripe(process.env.STRIPE_KEY);

export async function handler(event) {
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // ok: connection-in-handler
  const plain = axios.create({ baseURL: event.url });
  // ok: connection-in-handler
  const reusing = axios.create({ httpsAgent: sharedAgent });
  // expect: connection-in-handler
  // expect: connection-in-handler
  return [sequelize, sql, source, pool, agent, client, api, plain, reusing, openai, stripe];
}
