import store from "./lib/store.mjs";
import cache from "./lib/cache.mjs";

export const handler = async (event) => [await store.find(event.id), await cache.get(event.id)];
