// RUN: %expect %s
// No deployment configuration, and a first parameter not named like an
// event: Twilio Functions (and other platforms) call `handler(context,
// event, callback)`, so the signature is not Lambda's to judge.
// ok: handler-signature
exports.handler = function (context, event, callback) {
  callback(null, context.GREETING + event.name);
};
