// RUN: %expect %s
// No deployment configuration: what fails on nodejs24.x and later is
// reported as a warning that says so; what nodejs22.x still runs is not.
const https = require("https");

// A callback-based handler: nodejs24.x refuses it at INIT.
// expect: handler-signature
exports.handler = async function (event, context) {
  // ok: handler-signature
  context.callbackWaitsForEmptyEventLoop = false;
  https.get(event.url, (response) => {
    // expect: handler-signature
    context.succeed(response.statusCode);
  });
  // expect: handler-signature
  context.fail(new Error("not reached"));
  return "done";
};

// An async handler that takes a callback counts as one too.
// expect: handler-signature
exports.asyncHandler = async (event, context) => {
  return event.id;
};

// A callback with a default is not counted in the handler's length.
// ok: handler-signature
exports.defaultedHandler = async (event, context, callback = () => {}) => {
  return event.id;
};

async function record(event) {
  return event.id;
}

// A non-async handler that drops promises and returns a literal.
exports.dropHandler = function (event, context) {
  // expect: handler-signature
  record(event);
  // expect: handler-signature
  fetch(event.url).then((response) => response.status);
  // expect: handler-signature
  new Promise((resolve) => setTimeout(resolve, 10));
  // ok: handler-signature
  void record(event);
  return { statusCode: 202 };
};

// Returning the promise, or awaiting it, keeps the invoke open.
exports.returnHandler = function (event) {
  // ok: handler-signature
  record(event).then(() => event);
  const pending = record(event);
  return pending;
};
exports.awaitHandler = async function (event) {
  // ok: handler-signature
  record(event).then(() => event);
  await record(event);
  return { statusCode: 200 };
};

// A context parameter by another name, shadowed in a nested function.
exports.shadowHandler = async (event, ctx) => {
  const later = (ctx) => {
    // ok: handler-signature
    ctx.succeed(1);
  };
  // expect: handler-signature
  ctx.done();
  return later;
};
