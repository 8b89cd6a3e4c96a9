// selftest.mjs imports the handler back and calls it in its module code,
// which, in the cycle, runs before this module's: a client moved to this
// module's scope would still be uninitialized then (trial 34js, E).
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { selfTest } from "./selftest.mjs";

export async function handler(event) {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  const r = await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  return { r, selfTest: selfTest.result };
}
