// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// @google-cloud/storage's `new Storage()` builds a google-auth client
// (GoogleAuth) that resolves and caches credentials and access tokens, as
// Python's `google.cloud.storage.Client()` does: built in the handler, it
// is built again on every invocation.
import { Storage } from "@google-cloud/storage";

// ok: connection-in-handler
const shared = new Storage();

const storage = new Storage({ projectId: process.env.GCP_PROJECT });

export const handler = async (event) => {
  // CHECK: google_cloud_storage.mjs:[[@LINE+2]]:19: connection-in-handler 'Storage' (from '@google-cloud/storage') builds a Google Cloud Storage client
  // expect: connection-in-handler
  const [files] = await storage.bucket(event.bucket).getFiles();
  const [buckets] = await shared.getBuckets();
  return { files: files.length, buckets: buckets.length };
};
