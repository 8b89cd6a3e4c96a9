// A timer's callback set above the handler runs after the module's code.
import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3";

setImmediate(() => {
  process.env.AWS_ENDPOINT_URL = "http://127.0.0.1:4566";
});

export const handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
