import { createRequire } from "node:module";
import store, { files } from "./store.mjs";

const require = createRequire(import.meta.url);
const cache = require("./cache.js");

export const handler = async (event) => [
  await cache.get(event.key),
  store.client(),
  files.client(),
];
