// RUN: %expect %s
// TSX: a handler that renders JSX.
import { S3Client } from "@aws-sdk/client-s3";

const Page = ({ name }: { name: string }) => <h1>Hello {name}</h1>;

const s3 = new S3Client({});

export const handler = async (event: { name: string }) => {
  // expect: client-in-handler
  return { body: String(Page({ name: event.name })), s3: !!s3 };
};
