import { S3Client } from "@aws-sdk/client-s3";

// Named like no handler: it is one because the template's handler
// 'app.main' is what esbuild makes of the entry point src/app.ts.
export const main = async (): Promise<string> => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return String(s3 !== undefined);
};
