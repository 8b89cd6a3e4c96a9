// nodejs24.x: a callback handler no longer runs.
// expect: handler-signature
exports.handler = (event, context, callback) => {
  callback(null, { statusCode: 200 });
};
