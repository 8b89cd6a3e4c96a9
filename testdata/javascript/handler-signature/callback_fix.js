// RUN: %expect %s
// RUN: %python %S/../../lit/differential_node.py %s %S/callback_fix.unsafe-fixed.js
// The unsafe fix of a callback-based handler: async, the callback's result
// returned and its error thrown, where every call of the callback ends the
// handler's run. The differential run compares the original with that fix
// under Node.js.
function answer(id) {
  return { statusCode: 200, body: String(id) };
}

// expect: handler-signature
exports.handler = function (event, context, callback) {
  if (!event.id) {
    callback(new Error("no id"));
    return;
  }
  switch (event.kind) {
    case "a":
      callback(null, answer("a" + event.id));
      break;
    default:
      return callback(null, answer(event.id));
  }
};

// The callback runs later, in a function the handler passes on: no fix.
// expect: handler-signature
exports.laterHandler = (event, context, callback) => {
  setTimeout(() => callback(null, answer(event.id)), 1);
};

// Code runs after the callback: no fix.
// expect: handler-signature
exports.afterHandler = function (event, context, done) {
  done(null, answer(event.id));
  console.log("sent");
};

// Work it starts and does not await: Lambda waits for the event loop to
// empty before ending a callback handler's invoke, so the write finishes
// there; an async handler's invoke would end at its return, freezing the
// write with the environment. No fix.
// expect: handler-signature
exports.writeHandler = function (event, context, callback) {
  store.put({ id: event.id }).promise().then(() => console.log("stored"));
  callback(null, answer(event.id));
};

// The same work kept in a local: a promise or a timer, or a call whose
// value is never read again (s3.send(...) kept as 'saved'). No fix.
// expect: handler-signature
exports.keptPromiseHandler = function (event, context, callback) {
  const stored = store.put({ id: event.id }).promise();
  callback(null, answer(event.id));
};

// expect: handler-signature
exports.keptTimerHandler = function (event, context, callback) {
  const timer = setTimeout(() => console.log("later"), 10);
  callback(null, answer(event.id));
};

// expect: handler-signature
exports.keptUnreadHandler = function (event, context, callback) {
  const saved = store.put({ id: event.id });
  callback(null, answer(event.id));
};

// A local whose value the handler reads is no work left running: fixed.
// expect: handler-signature
exports.readLocalHandler = function (event, context, callback) {
  const request = JSON.parse(JSON.stringify(event));
  callback(null, answer(request.id));
};

// The same with `callbackWaitsForEmptyEventLoop = false`: the invoke ends
// at the callback already, as an async handler's would at its return.
// expect: handler-signature
exports.noWaitHandler = function (event, context, callback) {
  context.callbackWaitsForEmptyEventLoop = false;
  store.put({ id: event.id }).promise().then(() => console.log("stored"));
  callback(null, answer(event.id));
};

const store = {
  put: (item) => ({ promise: () => Promise.resolve(item) }),
};
