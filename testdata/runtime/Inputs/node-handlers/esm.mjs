// An ES module handler, with top-level await during INIT.
const ready = await Promise.resolve('ready');

export const handler = async (event) => ({ esm: true, ready, event });
