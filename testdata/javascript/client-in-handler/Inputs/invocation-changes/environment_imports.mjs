// `process` and its `env` imported from 'node:process' are the ones Node
// gives every module (trial 34js, A).
import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3";
import { env } from "node:process";
import proc from "node:process";

export const namedHandler = async (event) => {
  env.AWS_REGION = event.region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

export const defaultHandler = async (event) => {
  proc.env.AWS_REGION = event.region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
