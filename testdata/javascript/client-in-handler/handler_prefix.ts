// RUN: %expect %s
// Exports named 'handler...' with an event-like first parameter are handlers
// without configuration (guardian's mparticle-api: handlerHttp and
// handlerBaton, named only by a custom CDK construct hoist does not read).
// One whose first parameter is no event (a per-record helper) is not.
import type { APIGatewayProxyEvent, Handler } from "aws-lambda";
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";

export const handlerHttp: Handler<APIGatewayProxyEvent> = async (event: APIGatewayProxyEvent) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(event);
};

export async function handlerWithStage(record: unknown, services: unknown) {
  // ok: client-in-handler
  const sqs = new SQSClient({});
  return [sqs, record, services];
}
