import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3";

export const main = async (event) => {
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

// Named like a handler, but the template configures the code here.
export const handler = async (event) => {
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
