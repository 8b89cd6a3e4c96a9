import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3";

export async function exampleHandler(event) {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
}
