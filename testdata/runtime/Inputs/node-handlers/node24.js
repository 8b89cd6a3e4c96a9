// What nodejs24.x changed: a callback handler is refused at INIT; the
// context has no succeed/fail/done; a non-async handler's return value is
// the response.
exports.callback = (event, context, callback) => callback(null, 'answered');

exports.contextFields = async (event, context) => ({
  succeed: typeof context.succeed,
  waits: typeof context.callbackWaitsForEmptyEventLoop,
  executionEnv: process.env.AWS_EXECUTION_ENV,
});

exports.returnsAValue = () => 42;
