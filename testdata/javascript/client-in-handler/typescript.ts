// RUN: %expect %s
// TypeScript: annotations, type-only imports, `as` and non-null assertions.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";
import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { S3Client } from "@aws-sdk/client-s3";

interface Settings {
  region: string;
}

let settings: Settings = { region: process.env.AWS_REGION! };

export async function handler(
  event: APIGatewayProxyEvent,
): Promise<APIGatewayProxyResult> {
  // expect: client-in-handler
  const bus: EventBridgeClient = new EventBridgeClient({ region: settings.region });
  // expect: client-in-handler
  const s3 = (new S3Client({}) as S3Client)!;
  await bus.send(new PutEventsCommand({ Entries: [] }));
  return { statusCode: 200, body: JSON.stringify({ s3: !!s3, path: event.path }) };
}
