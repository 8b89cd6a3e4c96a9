import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

const s3 = new S3Client({ region: REGION });

const BUCKET: string = "orders";
const REGION = "us-east-1";

export const handler = async (event: { key: string }) => {
  return s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: event.key, }));
};
