// Configured by a template that states no runtime.
// expect: handler-signature
exports.handler = function (event, context, callback) {
  callback(null, event.id);
};
