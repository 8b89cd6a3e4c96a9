// The cfn-response pattern: the handler hands 'context' to a helper that
// answers with 'context.done', which nodejs24.x's context lacks, as when the
// handler calls it itself (fresh23 M5).
const { respond } = require("./respond");

function sendResponse(event, context, status) {
  // expect: handler-signature
  setImmediate(() => context.done(null, status));
}

function finish(event, ctx) {
  respond(ctx, "FAILED");
}

exports.handler = async function (event, context) {
  if (event.RequestType === "Delete") {
    sendResponse(event, context, "SUCCESS");
    return;
  }
  // A parameter that is not the context is not followed.
  sendResponse(event, { done() {} }, "SUCCESS");
  finish(event, context);
};
