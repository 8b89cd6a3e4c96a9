// Response streaming handlers (awslambda.streamifyResponse, at INIT): what
// they write is collected and answered whole.
export const handler = awslambda.streamifyResponse(async (event, responseStream) => {
  responseStream.setContentType('text/plain');
  responseStream.write('order ');
  await new Promise((resolve) => setTimeout(resolve, 10));
  responseStream.end(String(event.order));
});

export const http = awslambda.streamifyResponse(async (event, responseStream) => {
  const stream = awslambda.HttpResponseStream.from(
    responseStream, { statusCode: 201, headers: { 'x-order': String(event.order) } });
  stream.end('created');
});

export const unfinished = awslambda.streamifyResponse(async (event, responseStream) => {
  responseStream.write('partial');
});

// Streaming handlers take three parameters, and nodejs24.x runs them.
export const threeParameters = awslambda.streamifyResponse(
  async (event, responseStream, context) => {
    responseStream.end(context.functionName);
  });
