// The errors the runtime reports, as Lambda's Node.js runtime interface
// client (aws-lambda-nodejs-runtime-interface-client) names and shapes them.
'use strict';

const util = require('util');

class RuntimeError extends Error {}

// Each named Runtime.<Class>, as Lambda's client names its own errors.
const runtimeErrors = {};
for (const name of ['ImportModuleError', 'HandlerNotFound', 'MalformedHandlerName',
                    'UserCodeSyntaxError', 'CallbackHandlerDeprecated', 'NodeJsExit']) {
  const type = { [name]: class extends RuntimeError {} }[name];
  type.prototype.name = `Runtime.${name}`;
  runtimeErrors[name] = type;
}

// The error document posted to /error and /init/error: an Error's name,
// message and stack lines; anything else thrown is typed by `typeof`.
function errorDocument(error) {
  try {
    if (util.types.isNativeError(error) || error instanceof Error) {
      return { errorType: error.name, errorMessage: error.message,
               trace: typeof error.stack === 'string' ? error.stack.split('\n') : [] };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch (_) {
    return {
      errorType: 'handled',
      errorMessage: 'callback called with Error argument, but there was a problem while ' +
        'retrieving one or more of its message, name, and stack',
      trace: [],
    };
  }
}

module.exports = { errorDocument, ...runtimeErrors };
