import { S3Client } from "@aws-sdk/client-s3";

function bucket() {
  return new S3Client({});
}

export const handler = async (event) => bucket();
export const lambdaHandler = async (event) => bucket();
