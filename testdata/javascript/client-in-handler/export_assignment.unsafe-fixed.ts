// RUN: %expect %s
// TypeScript's `export = { ... }` exports as `module.exports = { ... }` does.
import { S3Client } from "@aws-sdk/client-s3";

const s3 = new S3Client({});

async function handler(event: { key: string }) {
  // expect: client-in-handler
  return [s3, event.key];
}

export = { handler };
