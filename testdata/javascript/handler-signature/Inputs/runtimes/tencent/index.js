// Tencent Cloud's functions, not Lambda's: no handler here.
// ok: handler-signature
exports.main_handler = function (event, context, callback) {
  callback(null, event);
};
