// Found by its name here (no runtime: a warning), and re-exported by a
// nodejs24.x function: the finding that knows the runtime is the one shown.
// expect: handler-signature
exports.handler = (event, context, callback) => callback(null, event);
