// RUN: %expect %s
// An export the handler pattern matches is a handler when its first
// parameter destructures a Lambda event ({ body }, { Records }, a Cognito
// trigger's { request, response }) or is typed as one; a helper taking an
// options object ({ region, userPoolId }) is not.
import type { APIGatewayProxyEvent } from "aws-lambda";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";

export const ordersHandler = async ({ body }) => {
  // expect: client-in-handler
  return [new S3Client({}), body];
};

export const queueHandler = async ({ Records }) => {
  // expect: client-in-handler
  return [new SQSClient({}), Records];
};

export const preSignUpHandler = async ({ request, response }) => {
  // expect: client-in-handler
  return [new CognitoIdentityProviderClient({}), request, response];
};

export const typedHandler = async ({ path }: APIGatewayProxyEvent) => {
  // expect: client-in-handler
  return [new S3Client({}), path];
};

export const addPreSignUpHandler = async ({ region, userPoolId }) => {
  // ok: client-in-handler
  return [new CognitoIdentityProviderClient({ region }), userPoolId];
};
