// nodejs16.x, as main.tf says: a callback handler runs.
// ok: handler-signature
exports.handler = (event, context, callback) => {
  callback(null, { statusCode: 200 });
};
