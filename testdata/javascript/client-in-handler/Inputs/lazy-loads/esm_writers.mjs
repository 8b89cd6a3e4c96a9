// import() and a require made by createRequire run the module they load
// in the invocation, as require does (trial 36js, B).
import { createRequire } from "node:module";
import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3";

const req = createRequire(import.meta.url);

export const importHandler = async (event) => {
  await import("./setup.mjs");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

export const thenHandler = async (event) => {
  const setup = await import("./setup.mjs").then((m) => m.default);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({ MaxBuckets: setup.ready ? 1 : 2 }));
};

export const createRequireHandler = async (event) => {
  req("./setup.cjs");
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
