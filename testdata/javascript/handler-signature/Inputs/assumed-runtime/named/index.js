// Found by its name: no deployment file names it.
// expect: handler-signature
exports.handler = function (event, context, callback) {
  // expect: handler-signature
  context.succeed(event.id);
};

async function record(event) {
  return event.id;
}

exports.dropHandler = function (event, context) {
  // expect: handler-signature
  record(event);
  return "recorded";
};
