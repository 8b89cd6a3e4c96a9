import { S3Client } from "@aws-sdk/client-s3";

export async function handler(event: { key: string }) {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return { s3, key: event.key };
}
