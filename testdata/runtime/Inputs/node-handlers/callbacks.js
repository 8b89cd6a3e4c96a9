// Handlers that answer through Lambda's callback, below nodejs24.x.

// The callback's answer is sent once the event loop is empty: after the timer.
let timerRan = 0;
exports.waits = (event, context, callback) => {
  setTimeout(() => { timerRan += 1; }, 200);
  callback(null, { answered: true, timerRanBefore: timerRan });
};

// A pending timer would keep the invoke open, unless the handler says not
// to wait for it.
exports.doesNotWait = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;
  setTimeout(() => {}, 60000);
  callback(null, { timerRanBefore: timerRan });
};

exports.waitsForever = (event, context, callback) => {
  setTimeout(() => {}, 60000);
  callback(null, 'never seen');
};

// The first answer counts; later calls are ignored.
exports.answersTwice = (event, context, callback) => {
  callback(null, 'first');
  callback(null, 'second');
  context.succeed('third');
};

exports.fails = (event, context, callback) => callback(new RangeError('no such order'));

exports.succeeds = (event, context) => context.succeed({ via: 'succeed' });

// A non-async handler that never answers: Lambda answers null.
exports.returnsAValue = () => 42;
