// RUN: %expect %s
// A Bull or BullMQ queue, worker or event listener opens its own Redis
// connections when built.
import Queue from "bull";
import { Queue as MQueue, Worker, QueueEvents } from "bullmq";

// ok: connection-in-handler
const shared = new MQueue("shared", { connection: { host: process.env.REDIS_HOST } });

const tasks = new Queue("tasks", { redis: { host: process.env.REDIS_HOST } });

const jobs = new MQueue("jobs");

const worker = new Worker("jobs", async () => {});

const events = new QueueEvents("jobs");

export const handler = async (event) => {
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  // expect: connection-in-handler
  await shared.add("job", event.body);
  return [tasks, jobs, worker, events];
};
