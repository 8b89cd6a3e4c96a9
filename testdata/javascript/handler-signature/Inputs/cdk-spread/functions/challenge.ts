import type { Handler } from "aws-lambda";

// nodejs22.x as written, unless the spread sets another runtime: a
// condition, not a fact.
// expect: handler-signature
export const handler: Handler = (event, context, cb) => {
  cb(null, event);
};
