// The CDK app runs it on nodejs20.x (its asset path is path.join(__dirname,
// '/../lambda')).
// ok: handler-signature
exports.handler = function (event, context, callback) {
  callback(null, event);
};
