// Project modules required or imported inside the handler (trial 19 repro
// 11) are followed as those imported at module scope are.
exports.handler = async (event) => {
  const redis = require("./redis")();
  const { makePool } = require("./pool");
  const { open } = await import("./mongo.mjs");
  return [redis, makePool(), await open()];
};
