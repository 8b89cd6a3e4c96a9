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

export async function handler(event) {
  // expect: connection-in-handler
  const sequelize = new Sequelize(process.env.DATABASE_URL);
  // expect: connection-in-handler
  const sql = postgres(process.env.DATABASE_URL);
  // expect: connection-in-handler
  const source = new DataSource({ type: "postgres" });
  // expect: connection-in-handler
  const pool = new Pool("http://localhost:3000");
  // expect: connection-in-handler
  const agent = new Agent({ keepAliveTimeout: 10 });
  // expect: connection-in-handler
  const client = new Client("http://localhost:3000");
  // expect: connection-in-handler
  const api = axios.create({ httpsAgent: new https.Agent({ keepAlive: true }) });
  // ok: connection-in-handler
  const plain = axios.create({ baseURL: event.url });
  // ok: connection-in-handler
  const reusing = axios.create({ httpsAgent: sharedAgent });
  // expect: connection-in-handler
  const openai = new OpenAI();
  // expect: connection-in-handler
  const stripe = new Stripe(process.env.STRIPE_KEY);
  return [sequelize, sql, source, pool, agent, client, api, plain, reusing, openai, stripe];
}
