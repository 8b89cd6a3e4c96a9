import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";

// nodejs20.x runs a handler that declares a callback it never calls.
export const handler = async (event: any, context: any, callback: any) => {
  const s3 = new S3Client({});
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
