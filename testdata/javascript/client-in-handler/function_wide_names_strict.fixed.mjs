// RUN: %expect %s
// In strict code (an ES module) a function declared in a block is the
// block's only: the construction after it names the import, and moves.
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3 = new S3Client({});

export const handler = async (event) => {
  if (event.mock) {
    function S3Client() { return null; }
    void S3Client;
  }
  // expect: client-in-handler[hoistable]
  return (await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }))).region;
};
