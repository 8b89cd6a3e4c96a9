import { S3Client } from "@aws-sdk/client-s3";

export function clients() {
  // expect: client-in-handler
  return { s3: new S3Client({}) };
}

export function notCalled() {
  // ok: client-in-handler
  return new S3Client({});
}
