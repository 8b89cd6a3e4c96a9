import { S3Client } from "@aws-sdk/client-s3";

export class S3IO {
  // expect: client-in-handler
  private client = new S3Client({});
}
