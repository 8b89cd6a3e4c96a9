// RUN: %expect %s
// A handler made by a wrapper hoist cannot read (imported from a package, or
// by a path it cannot resolve) from several functions: only the one that
// handles requests is taken to run on each, the one named like a handler or
// taking an event first. A factory given beside it (buildServices) runs when
// the wrapper decides, here once (trial 14 repro 02, guardian's
// alarms-handler without its tsconfig).
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { SNSClient } from "@aws-sdk/client-sns";
import { SQSHandler } from "@modules/routing/sqsHandler";

export const handler = SQSHandler(ConfigSchema, handlerWithStage, buildServices);

// runs on cold start only
function buildServices({ config }: { config: unknown }) {
  // ok: client-in-handler
  const cw = new CloudWatchClient({});
  return { cw, config };
}

// runs for every record
async function handlerWithStage(record: unknown, services: { cw: CloudWatchClient }) {
  // expect: client-in-handler
  const sns = new SNSClient({});
  return [sns, record, services];
}

const ConfigSchema = {};
