// RUN: %expect %s
// TypeScript's `export = { ... }` exports as `module.exports = { ... }` does.
import { S3Client } from "@aws-sdk/client-s3";

async function handler(event: { key: string }) {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return [s3, event.key];
}

export = { handler };
