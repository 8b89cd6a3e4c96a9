// RUN: %expect %s
// Fixes in TypeScript: the annotation moves with the declaration.
import type { APIGatewayProxyEvent } from "aws-lambda";
import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";

const secrets: SecretsManagerClient = new SecretsManagerClient({ region: process.env.AWS_REGION });

export async function handler(event: APIGatewayProxyEvent): Promise<{ statusCode: number }> {
  // expect: client-in-handler[hoistable]
  await secrets.send(new GetSecretValueCommand({ SecretId: event.path }));
  return { statusCode: 200 };
}
