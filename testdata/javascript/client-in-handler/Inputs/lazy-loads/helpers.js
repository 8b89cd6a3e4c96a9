// Loaded by a handler of near_misses.js: defines functions, writes nothing.
exports.bucketOf = (event) => String(event.bucket || "b");
