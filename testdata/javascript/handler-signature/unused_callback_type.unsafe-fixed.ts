// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// An async handler declares a callback it never uses, typed 'Callback',
// which nothing else names: removing the parameter leaves 'Callback'
// imported for nothing, which TypeScript refuses under noUnusedLocals. So
// the fix is unsafe, and the message says why.
import type { APIGatewayProxyEvent, Callback } from "aws-lambda";

// expect: handler-signature
export const handler = async (event: APIGatewayProxyEvent, context: unknown) => {
  return { statusCode: 200, body: event.path };
};
// CHECK: unused_callback_type.ts:10:78: handler-signature handler 'handler' takes a third parameter, 'callback', {{.*}}; no safe fix: 'Callback', which its annotation names, may then be imported for nothing, which TypeScript refuses under noUnusedLocals
