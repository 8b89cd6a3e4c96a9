// Answers with the event and what the context and the environment hold.
exports.handler = async (event, context) => ({
  event,
  awsRequestId: context.awsRequestId,
  functionName: context.functionName,
  functionVersion: context.functionVersion,
  invokedFunctionArn: context.invokedFunctionArn,
  memoryLimitInMB: context.memoryLimitInMB,
  logGroupName: context.logGroupName,
  logStreamIsSet: typeof context.logStreamName === 'string' && context.logStreamName.length > 0,
  remainingWithinTimeout: context.getRemainingTimeInMillis() > 0 &&
    context.getRemainingTimeInMillis() <= 3000,
  clientCustom: context.clientContext ? context.clientContext.custom : null,
  identity: context.identity === undefined ? 'undefined' : context.identity,
  waitsForEmptyEventLoop: context.callbackWaitsForEmptyEventLoop,
  traceIdIsSet: typeof process.env._X_AMZN_TRACE_ID === 'string',
  executionEnv: process.env.AWS_EXECUTION_ENV,
  taskRootIsCwd: process.cwd() === process.env.LAMBDA_TASK_ROOT,
  region: process.env.AWS_REGION,
});
