// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A client built from a value a module hoist does not read exports (a
// package, or a specifier it cannot resolve: Amplify Gen 2's
// `$amplify/env/<function>`) may not be built alike at INIT: the member
// may be a getter that throws there, where the handler's try answered for
// it, or reads what changes (fresh31: a safe fix failed INIT). Calling the
// constructor such a module exports, or reading a package the catalogue
// knows for harmless, changes nothing.
// CHECK-DAG: library_values.mjs:20:{{.*}}no safe fix: it reads 'settings.region', which '$generated/env' exports (a module hoist does not read, whose getter may throw or change)
// CHECK-DAG: library_values.mjs:30:{{.*}}no safe fix: it reads 'options', which 'client-options' exports
import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3";
import { settings } from "$generated/env";
import options from "client-options";
import { EOL } from "os";

const s3 = new S3Client({ region: settings.region });

export const handler = async (event) => {
  try {
    // expect: client-in-handler[hoistable]
    return await s3.send(new ListBucketsCommand({}));
  } catch (err) {
    return { error: String(err) };
  }
};

// The whole object, whose members the constructor reads.
export const objectHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client(options);
  return s3.send(new ListBucketsCommand({}));
};

export const harmlessHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ customUserAgent: "orders" + EOL.trim() });
  return s3.send(new ListBucketsCommand({}));
};
