import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";

export const run = async () => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET }));
};

// Not a handler: nothing names it.
export const helper = async () => new S3Client({});
