// RUN: %expect %s
// Fixes in TypeScript: the annotation moves with the declaration.
import type { APIGatewayProxyEvent } from "aws-lambda";
import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";

export async function handler(event: APIGatewayProxyEvent): Promise<{ statusCode: number }> {
  // expect: client-in-handler[hoistable]
  const secrets: SecretsManagerClient = new SecretsManagerClient({ region: process.env.AWS_REGION });
  await secrets.send(new GetSecretValueCommand({ SecretId: event.path }));
  return { statusCode: 200 };
}
