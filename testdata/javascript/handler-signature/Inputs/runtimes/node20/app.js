// nodejs20.x runs callback-based handlers, context.succeed and friends.
// ok: handler-signature
exports.handler = function (event, context, callback) {
  // ok: handler-signature
  context.callbackWaitsForEmptyEventLoop = false;
  // ok: handler-signature
  context.succeed(event);
  // ok: handler-signature
  fetch(event.url).then(() => callback(null, event));
};

// Not configured: in a function's code root, only configured exports are
// handlers.
// ok: handler-signature
exports.otherHandler = function (event, context, done) {
  done(null, event);
};

// An async handler that calls its callback from a function it passes on:
// its promise settles first.
exports.racingHandler = async (event, context, callback) => {
  setTimeout(() => {
    // expect: handler-signature
    callback(null, event);
  }, 10);
};
