// RUN: %expect %s
// A class the project defines, or imports from its own modules, is not the
// SDK's even when it has an SDK name.
import { S3Client as SdkS3 } from "@aws-sdk/client-s3";
import { SQSClient as FakeQueue } from "./Inputs/fakes/sqs";
import { SQSClient } from "@aws-sdk/client-sqs";

class S3Client {
  constructor(readonly bucket: string) {}
}

const real = new SdkS3({});

export async function handler(event: { bucket: string }) {
  // ok: client-in-handler
  const local = new S3Client(event.bucket);
  // ok: client-in-handler
  const queue = new FakeQueue();
  // expect: client-in-handler
  return [local, queue, real];
}

// A parameter or local with an imported name is the caller's value.
function fromFactory(SdkS3: new (options: object) => object) {
  // ok: client-in-handler
  return new SdkS3({});
}

export async function factoryHandler(event: { bucket: string }) {
  class SQSClient {}
  // ok: client-in-handler
  const queue = new SQSClient();
  return [fromFactory(Object), queue, event];
}
