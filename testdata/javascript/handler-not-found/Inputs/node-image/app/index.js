// ok: handler-signature
exports.handler = (event, context, callback) => callback(null, { ok: true });
