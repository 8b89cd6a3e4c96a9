// Found by its name under a CDK app that defines a function hoist cannot
// read: it may be that function's, so what nodejs24.x refuses is a condition.
// expect: handler-signature
exports.handler = (event, context, callback) => {
  callback(null, event);
};
