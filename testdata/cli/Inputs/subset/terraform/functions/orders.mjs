import { S3Client } from "@aws-sdk/client-s3";

export const main = (event, context, callback) => {
  const s3 = new S3Client({});
  callback(null, s3.config);
};
