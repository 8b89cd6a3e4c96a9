// The same in an ES module; an event without an order never reaches it.
import { Agent } from 'node:https';

export const handler = async (event) => {
  if (!event.order) return { skipped: true };
  const agent = new Agent({ keepAlive: true });
  return { keepAlive: agent.keepAlive, order: event.order };
};
