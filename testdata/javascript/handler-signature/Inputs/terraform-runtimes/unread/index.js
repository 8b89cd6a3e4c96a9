// A runtime hoist cannot read: said as a condition.
// expect: handler-signature
exports.handler = (event, context, callback) => {
  callback(null, { statusCode: 200 });
};
