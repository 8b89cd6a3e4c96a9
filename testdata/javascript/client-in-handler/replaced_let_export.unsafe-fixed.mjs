// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// An exported `let` is a live binding: module code that assigns it a
// wrapper of the handler makes Lambda call the wrapper, whose code runs
// around every invocation (trial 29js). The handler that is no `let` moves.
// CHECK-DAG: client-in-handler {{.*}}'handler'{{.*}}no safe fix: module code replaces 'handler' with a wrapper ('handler = async (event, context) => {', {{.*}}replaced_let_export.mjs:[[@LINE+11]])
// CHECK-DAG: client-in-handler {{.*}}'plainHandler'; creating it loads service models and resolves credentials, milliseconds to tens of milliseconds each time{{$}}
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";

const s3 = new S3Client({ region: process.env.BUCKET_ARN.split(":")[3] });

export let handler = async (event) => {
  // expect: client-in-handler
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

const inner = handler;
handler = async (event, context) => {
  try {
    return await inner(event, context);
  } catch (err) {
    return { failed: err.message };
  }
};

const store = new S3Client({});

export const plainHandler = async (event) => {
  // expect: client-in-handler
  return store.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
