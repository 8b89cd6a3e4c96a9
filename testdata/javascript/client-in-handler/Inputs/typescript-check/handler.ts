import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

const BUCKET: string = "orders";

export const handler = async (event: { key: string }) => {
  const s3 = new S3Client({});
  return s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: event.key }));
};
