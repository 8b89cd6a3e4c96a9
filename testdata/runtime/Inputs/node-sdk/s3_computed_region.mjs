// The handler computes the client's options from module state it assigns
// before building it: hoisted, the client would be built at INIT with the
// region the module starts with, and call another region, though the handler
// answers the same. hoist gives it no fix.
import { S3Client } from '@aws-sdk/client-s3';

let region = 'us-east-1';

export const handler = async (event) => {
  region = process.env.BUCKET_REGION;
  const s3 = new S3Client({ region });
  return { order: event.order, built: typeof s3.send };
};
