// The CDK app runs it on nodejs18.x (new lambda.AssetCode(`./lambda`)).
// ok: handler-signature
exports.handler = function (event, context, callback) {
  context.done(null, event);
};
