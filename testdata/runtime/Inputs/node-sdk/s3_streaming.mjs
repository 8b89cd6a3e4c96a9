// A response streaming handler (awslambda.streamifyResponse) that builds an
// SDK client per invocation (a safe fix moves it); its stream is answered
// whole.
import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';

export const handler = awslambda.streamifyResponse(async (event, responseStream) => {
  const s3 = new S3Client({});
  let answer;
  try {
    await s3.send(new ListBucketsCommand({}));
    answer = 'reached';
  } catch (error) {
    answer = error.code;
  }
  responseStream.end(`${answer} ${event.order}`);
});
