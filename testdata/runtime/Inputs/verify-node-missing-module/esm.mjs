import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3/dist-cjs/index.js";

export const handler = async (event) => {
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
