import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";

export async function process(event) {
  return new S3Client({});
}

export async function handler(event) {
  return new SQSClient({});
}
