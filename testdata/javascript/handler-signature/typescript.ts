// RUN: %expect %s
// TypeScript: `this` is erased, so it is not counted; types are kept out of
// the parameter names.
import type { Context, Callback, APIGatewayProxyEvent } from "aws-lambda";

// expect: handler-signature
export const handler = function (event: APIGatewayProxyEvent, context: Context, callback: Callback) {
  callback(null, { statusCode: 200 });
};

// A declared `void` would be an error of the async handler (TS1064).
// expect: handler-signature
export const voidHandler = (event: APIGatewayProxyEvent, context: Context, callback: Callback): void => {
  callback(null, { statusCode: 204 });
};

// ok: handler-signature
export async function typedHandler(this: void, event: APIGatewayProxyEvent, context: Context) {
  return { statusCode: 200, body: context.awsRequestId };
}

// ok: handler-signature
export const optionalHandler = async (event: APIGatewayProxyEvent, context?: Context) => {
  return { statusCode: 200 };
};

// An async handler that declares a callback it never uses: the parameter
// goes (Callback stays used by the handlers above).
// expect: handler-signature
export const unusedCallbackHandler = async (event: APIGatewayProxyEvent, context: Context, callback: Callback) => {
  return { statusCode: 200 };
};
