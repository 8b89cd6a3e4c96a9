// A callback-based handler deployed on nodejs24.x, which refuses it at INIT.
exports.handler = function (event, context, callback) {
  callback(null, { order: event.order });
};
