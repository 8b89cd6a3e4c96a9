// The template's Metadata (aws:asset:path, as the CDK and Amplify write it)
// says where its code is before upload: nodejs16.x runs callbacks.
// ok: handler-signature
exports.handler = function (event, context, callback) {
  callback(null, event);
};
