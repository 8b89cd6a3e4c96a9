// A callback-based handler (nodejs22.x and earlier); its unsafe fix makes it
// async (handler-signature). The second order fails, in both.
exports.handler = function (event, context, callback) {
  if (event.order > 1) {
    callback(new Error(`order ${event.order} is closed`));
    return;
  }
  callback(null, { order: event.order });
};
