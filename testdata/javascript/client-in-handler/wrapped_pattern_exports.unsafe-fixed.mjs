// RUN: %expect %s
// An export named like a handler that a wrapper makes (`getUserHandler =
// middy(getUser)`) is a handler when the function it wraps takes an event
// first; one a factory makes for something else is not.
import middy from "@middy/core";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SNSClient } from "@aws-sdk/client-sns";

const dynamo = new DynamoDBClient({});

async function getUser(event) {
  // expect: client-in-handler
  return [dynamo, event];
}

function makeErrorHandler(options) {
  return (error, request, response) => {
    // ok: client-in-handler
    const sns = new SNSClient({});
    return [sns, error, request, response, options];
  };
}

const wrapped = middy(getUser);

export const getUserHandler = middy(getUser).use({});
export { wrapped as wrappedHandler };
export const errorHandler = makeErrorHandler({ verbose: true });
