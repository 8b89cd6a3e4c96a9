// The AWS SDK for JavaScript v3, from npm: a client per invocation (a safe
// fix moves it to module scope). Its call fails at once: nothing leaves the
// machine.
import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';

export const handler = async (event) => {
  const s3 = new S3Client({});
  try {
    await s3.send(new ListBucketsCommand({}));
    return { reached: true };
  } catch (error) {
    return { failed: error.code || error.name, order: event.order };
  }
};
