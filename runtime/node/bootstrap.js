// The runtime loop (node bootstrap.js, the runtime process): INIT loads the
// handler, then each event is handed to it with Lambda's Node.js contract.
// Below nodejs24.x a handler may answer through `callback` or
// `context.succeed/fail/done`, and the invoke of a callback handler ends
// when the event loop is empty unless `context.callbackWaitsForEmptyEventLoop`
// is false; from nodejs24.x a handler taking a callback is refused at INIT
// and the invoke ends when the handler's result settles.
'use strict';

const { RuntimeApiClient } = require('./runtime_api.js');
const { loadHandler, nodeMajor } = require('./handler_loader.js');
const { invocationFields } = require('./context.js');
const errors = require('./errors.js');
const streaming = require('./streaming.js');

require('./loopback_only.js').install();

// The Lambda runtime whose contract this follows: the one Lambda names in
// AWS_EXECUTION_ENV (verify sets the function's configured runtime there),
// else the one of this Node.js, as nodejs20.x runs Node.js 20.
const configured = /^AWS_Lambda_nodejs(\d+)\.x$/.exec(process.env.AWS_EXECUTION_ENV || '');
const major = configured ? Number(configured[1]) : nodeMajor();
const callbacksRemoved = major >= 24;
process.env.AWS_EXECUTION_ENV = `AWS_Lambda_nodejs${major}.x`;

const api = new RuntimeApiClient(process.env.AWS_LAMBDA_RUNTIME_API);
const taskRoot = process.env.LAMBDA_TASK_ROOT || process.cwd();

function logError(document) {
  process.stderr.write(`[ERROR] ${document.errorType}: ${document.errorMessage}\n`);
}

// The invocation in flight; undefined during INIT.
let requestId;
let recorder;
// What each invocation leaves running when it answers, counted when
// constructions are (verify compares it).
let pendingWork;

// Calls the handler as an invocation whose pending work is counted.
function invokeHandler(call) {
  return pendingWork ? pendingWork.run(call) : call();
}

function recordPendingWork() {
  if (pendingWork)
    recorder.recordPending(pendingWork.end());
}

// What to do when the event loop empties; replaced per invocation.
let onEmptyEventLoop = () => {};
process.on('beforeExit', () => onEmptyEventLoop());

// An error nothing caught ends the process, reported first as the
// invocation's error (or INIT's), as Lambda's client does.
function fatal(error, status) {
  const document = errors.errorDocument(error);
  logError(document);
  const posted = requestId === undefined ? api.postInitError(document)
                                         : api.postError(requestId, document);
  posted.finally(() => process.exit(status));
}
process.on('uncaughtException', (error) => fatal(error, 129));
process.on('unhandledRejection', (error) => fatal(error, 128));

function scheduleNext(handler) {
  setImmediate(() => invokeOnce(handler).catch((error) => fatal(error, 1)));
}

// What an async handler whose promise never settles gets once the event
// loop is empty: Lambda's Runtime.NodeJsExit.
function exitedWithoutAnswer() {
  return new errors.NodeJsExit('Runtime exited without providing a reason');
}

function isPromise(value) {
  return value && typeof value.then === 'function';
}

// Each function runs on its first call only, whichever of them comes first.
function firstCallOnly(functions) {
  let finished = false;
  const wrapped = {};
  for (const [name, fn] of Object.entries(functions))
    wrapped[name] = (...args) => {
      if (!finished) {
        fn(...args);
        finished = true;
      }
    };
  return wrapped;
}

async function invokeOnce(handler) {
  const invocation = await api.next();
  const id = invocation.headers['lambda-runtime-aws-request-id'];
  requestId = id;
  if (recorder)
    recorder.requestId = id;
  const trace = invocation.headers['lambda-runtime-trace-id'];
  if (trace)
    process.env._X_AMZN_TRACE_ID = trace;
  else
    delete process.env._X_AMZN_TRACE_ID;

  let completed = false;
  const postError = (error) => {
    recordPendingWork();
    const document = errors.errorDocument(error);
    logError(document);
    api.postError(id, document).then(() => scheduleNext(handler), (e) => fatal(e, 1));
  };
  const complete = (result) => {
    if (completed) {
      console.error('Invocation has already been reported as done. Cannot call complete ' +
                    'more than once per invocation.');
      return;
    }
    completed = true;
    recordPendingWork();
    let body;
    try {
      body = JSON.stringify(result === undefined ? null : result);
    } catch (_) {
      throw new Error('Unable to stringify response body');
    }
    api.postResponse(id, body).then(() => scheduleNext(handler), (e) => fatal(e, 1));
  };

  if (streaming.isStreaming(handler)) {
    onEmptyEventLoop = () => {};
    try {
      const body = await streaming.invokeStreaming(
        handler, JSON.parse(invocation.body), invocationFields(invocation.headers));
      api.postResponse(id, body).then(() => scheduleNext(handler), (e) => fatal(e, 1));
    } catch (error) {
      postError(error);
    }
    return;
  }

  if (callbacksRemoved) {
    // nodejs24.x: the handler's result, awaited, is the response.
    onEmptyEventLoop = () => {
      completed = true;
      postError(exitedWithoutAnswer());
    };
    try {
      const context = invocationFields(invocation.headers);
      const result = await invokeHandler(() => handler(JSON.parse(invocation.body), context));
      onEmptyEventLoop = () => {};
      complete(result);
    } catch (error) {
      onEmptyEventLoop = () => {};
      postError(error);
    }
    return;
  }

  let waitsForEmptyEventLoop = true;
  const done = (error, result) => {
    onEmptyEventLoop = () => {};
    if (error !== undefined && error !== null)
      postError(error);
    else
      complete(result);
  };
  const answers = firstCallOnly({
    callback(error, result) {
      onEmptyEventLoop = () => {};
      if (error !== undefined && error !== null)
        postError(error);
      else if (!waitsForEmptyEventLoop)
        complete(result);
      else
        onEmptyEventLoop = () => setImmediate(() => complete(result));
    },
    succeed: (result) => done(null, result),
    fail: (error) => (error === undefined || error === null ? done('handled') : done(error, null)),
    done,
  });
  // A handler that never answers: an async one fails when the event loop
  // empties; any other answers null.
  const isAsync = handler.constructor && handler.constructor.name === 'AsyncFunction';
  onEmptyEventLoop = () => {
    onEmptyEventLoop = () => {};
    if (isAsync) {
      completed = true;
      postError(exitedWithoutAnswer());
    } else {
      complete(null);
    }
  };
  try {
    const context = Object.assign(
      {
        get callbackWaitsForEmptyEventLoop() {
          return waitsForEmptyEventLoop;
        },
        set callbackWaitsForEmptyEventLoop(value) {
          waitsForEmptyEventLoop = value;
        },
        succeed: answers.succeed,
        fail: answers.fail,
        done: answers.done,
      },
      invocationFields(invocation.headers),
    );
    const result = invokeHandler(
      () => handler(JSON.parse(invocation.body), context, answers.callback));
    if (isPromise(result))
      result.then(answers.succeed, answers.fail).catch(answers.fail);
  } catch (error) {
    answers.callback(error);
  }
}

async function init() {
  const catalogue = process.env.HOIST_CATALOGUE;
  const log = process.env.HOIST_CONSTRUCTION_LOG;
  if (catalogue && log) {
    recorder = require('./instrumentation.js').install(catalogue, log, taskRoot);
    pendingWork = new (require('./pending_work.js').PendingWork)();
  }
  let handler;
  try {
    streaming.installGlobal();
    handler = await loadHandler(taskRoot, process.env._HANDLER || '');
    if (callbacksRemoved && handler.length >= 3 && !streaming.isStreaming(handler))
      throw new errors.CallbackHandlerDeprecated(
        'ERROR: AWS Lambda has removed support for callback-based function handlers ' +
        'starting with Node.js 24. You need to modify this function to use a supported ' +
        'handler signature to use Node.js 24 or later. For more information see ' +
        'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.');
  } catch (error) {
    const document = errors.errorDocument(error);
    logError(document);
    await api.postInitError(document);
    process.exit(1);
  }
  scheduleNext(handler);
}

init();
