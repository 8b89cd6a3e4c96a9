// Handlers that fail in each way Lambda reports.
exports.raises = async () => {
  throw new TypeError('order 42 has no items');
};

exports.throwsAString = async () => {
  throw 'plain words';
};

exports.throwsSynchronously = () => {
  throw new Error('before any answer');
};

// A promise that never settles, with nothing left to run: Runtime.NodeJsExit.
exports.neverSettles = async () => new Promise(() => {});

exports.circular = async () => {
  const answer = {};
  answer.self = answer;
  return answer;
};

exports.uncaught = async () => {
  setTimeout(() => { throw new Error('thrown from a timer'); }, 10);
  return new Promise((resolve) => setTimeout(resolve, 1000));
};

exports.echo = async (event) => event;
