// JSX takes an attribute string's '&' literally unless it starts a
// character reference; the JavaScript grammar refuses one that does not
// (create-next-app's page: 'href="...?utm_source=a&utm_medium=b"').
import { S3Client } from "@aws-sdk/client-s3";

export const handler = async (event) => {
  const s3 = new S3Client({});
  await s3.send(event);
  return <a href="https://vercel.com/new?utm_source=a&utm_medium=b&amp;c=d">new</a>;
};
