// Configured by a template whose runtime is a parameter: said as a
// condition, with why hoist cannot read it.
// expect: handler-signature
exports.handler = function (event, context, callback) {
  callback(null, event.id);
};
