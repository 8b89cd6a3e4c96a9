import { S3Client } from "@aws-sdk/client-s3";

export function bucketClient() {
  // expect: client-in-handler
  return new S3Client({});
}
