import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

export async function readObject(key) {
  // expect: client-in-handler
  const s3 = new S3Client({ region: process.env.AWS_REGION });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: key }));
}
