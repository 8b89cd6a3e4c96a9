// The CDK app runs it on nodejs22.x, which still runs callback handlers.
// ok: handler-signature
exports.handler = function (event, context, callback) {
  callback(null, event);
};
