import middy from "@middy/core";
import { LogUser } from "./middlewares/log-user.mjs";
import auditing from "./middlewares/audit.mjs";

// The middleware objects given to .use(...) live in other modules of the
// project (fresh31): their hooks run on every invocation all the same.
const lambdaHandler = async (event) => ({ statusCode: 200, body: "ok" });

export const handler = middy(lambdaHandler).use(LogUser).use(auditing);
