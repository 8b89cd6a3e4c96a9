import middy from "@middy/core";
import httpErrorHandler from "@middy/http-error-handler";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";

export const handler = middy()
  .use(httpErrorHandler())
  .handler(async (event) => {
    // expect: client-in-handler
    const bus = new EventBridgeClient({});
    return { bus, event };
  });
