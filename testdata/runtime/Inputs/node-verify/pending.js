// A callback-based handler whose helper starts work it does not wait for
// (an audit write, here a timer): Lambda's invoke of a callback handler waits
// for the event loop to empty, so the write is done when the response goes.
// The unsafe fix makes the handler async; its response is sent when it
// returns, with the write still pending (frozen with the environment).
const audited = [];

function audit(event) {
  const entry = { order: event.order };
  new Promise((resolve) => setTimeout(resolve, 20)).then(() => audited.push(entry));
  return entry;
}

exports.handler = function (event, context, callback) {
  callback(null, audit(event));
};
