// Neither function given to the wrapper is named like a handler or takes an
// event first: hoist cannot tell which one runs on a request.
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { SQSHandler } from "@modules/routing/sqsHandler";

export const handler = SQSHandler(ConfigSchema, processRecord, buildServices);

const ConfigSchema = { stage: "string" };

function buildServices() {
  return { cw: new CloudWatchClient({}) };
}

async function processRecord(record, services) {
  return services.cw.send(record);
}
