// The CDK app runs it on nodejs24.x: an error, though its name alone would
// make it a handler with no runtime.
// expect: handler-signature
exports.handler = function (event, context, callback) {
  callback(null, event);
};
