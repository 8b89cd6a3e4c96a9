// A handler whose clients are built in the project's own modules.
import { clients } from "./lib/clients.mjs";
import * as store from "./lib/store.js";
import makeQueue from "./lib/queue";

export const handler = async (event) => {
  const { s3 } = clients();
  const table = store.table();
  const queue = makeQueue();
  return [s3, table, queue, event];
};
