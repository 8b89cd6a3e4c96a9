// RUN: %expect %s
// SDK v3's aggregated clients (`new S3({})`: every command as a method) and
// SDK v2 through TypeScript's `import x = require(...)`.
import { S3, GetObjectCommand } from "@aws-sdk/client-s3";
import { SecretsManager } from "@aws-sdk/client-secrets-manager";
import { NoSuchKey } from "@aws-sdk/client-s3";
import AWS = require("aws-sdk");

const s3 = new S3({});

const secrets = new SecretsManager({ region: "eu-west-1" });

const sqs = new AWS.SQS();

export async function handler(event: { key: string }) {
  // expect: client-in-handler
  // expect: client-in-handler
  // expect: client-in-handler
  // ok: client-in-handler
  const command = new GetObjectCommand({ Bucket: "b", Key: event.key });
  // ok: client-in-handler
  const missing = new NoSuchKey({ message: "no", $metadata: {} });
  return [s3, secrets, sqs, command, missing];
}
