// On nodejs24.x, which the app names, Lambda no longer calls callback-style
// handlers.
// expect: handler-signature
exports.respond = (event, context, callback) => {
  callback(null, { ok: true });
};
