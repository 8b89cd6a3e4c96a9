// Re-exported by required.js: the function Lambda is given.
// expect: handler-signature
exports.handler = (event, context, callback) => {
  callback(null, { ok: true });
};
