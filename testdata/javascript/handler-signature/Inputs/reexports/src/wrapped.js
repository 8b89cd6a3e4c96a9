// The wrapper's function is what Lambda is given: its three parameters
// make it a callback handler, whatever the wrapped one takes.
// expect: handler-signature
const withLogging = (fn) => (event, context, callback) => {
  console.log("start");
  return fn(event, context, callback);
};

exports.handler = withLogging(async (event) => event);
