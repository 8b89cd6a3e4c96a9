// A TypeScript handler: Lambda runs what tsc or esbuild makes of it, which
// is not in this task root.
import { S3Client } from "@aws-sdk/client-s3";

export const handler = async (event: { key: string }) => {
  const s3 = new S3Client({});
  return { key: event.key, region: typeof s3 };
};
