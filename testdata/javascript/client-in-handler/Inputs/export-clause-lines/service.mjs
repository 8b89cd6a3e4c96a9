import { S3Client } from "@aws-sdk/client-s3";

export async function create(event) {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.config && event;
}
