// RUN: %expect %s
// Powertools for TypeScript's class handler (a decorated method, exported
// bound), and memoizing helpers: what lodash's memoize or once wraps is
// built once (per argument), not on every invocation.
import { Tracer } from "@aws-lambda-powertools/tracer";
import type { LambdaInterface } from "@aws-lambda-powertools/commons/types";
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import memoize from "lodash/memoize";
import { once } from "lodash";

const tracer = new Tracer({ serviceName: "orders" });
// ok: client-in-handler
const s3For = memoize((region: string) => new S3Client({ region }));
// ok: client-in-handler
const queue = once(() => new SQSClient({}));
// A wrapper that keeps nothing runs what it wraps on each call.
const traced = (build: () => unknown) => () => build();
// expect: client-in-handler
const fresh = traced(() => new SQSClient({}));

class Lambda implements LambdaInterface {
  @tracer.captureLambdaHandler()
  public async handler(event: { region: string }, _context: unknown): Promise<unknown> {
    // expect: client-in-handler
    const perCall = tracer.captureAWSv3Client(new S3Client({}));
    return [s3For(event.region), queue(), fresh(), perCall];
  }
}

const handlerClass = new Lambda();
export const handler = handlerClass.handler.bind(handlerClass);
