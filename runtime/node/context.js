// The `context` a handler receives, with the fields of Lambda's Node.js
// runtime interface client (InvokeContext.js, CallbackContext.js).
'use strict';

function parsedHeader(headers, name, what) {
  const text = headers[name];
  if (text === undefined || text === '')
    return undefined;
  try {
    return JSON.parse(text);
  } catch (_) {
    throw new Error(`Cannot parse ${what} as json`);
  }
}

// The invocation's fields, for `headers` of /next (lower-cased by Node).
function invocationFields(headers) {
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  return {
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE, // a string, as in Lambda
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    clientContext: parsedHeader(headers, 'lambda-runtime-client-context', 'ClientContext'),
    identity: parsedHeader(headers, 'lambda-runtime-cognito-identity', 'CognitoIdentity'),
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    getRemainingTimeInMillis() {
      return deadline - Date.now();
    },
  };
}

module.exports = { invocationFields };
