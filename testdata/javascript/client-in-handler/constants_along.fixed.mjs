// RUN: %expect %s
// The local constants a client is built from move with it when they are
// environment reads or literals that nothing in the handler reads before
// them: the module-level client is built from the same values at INIT
// (Lambda's environment is the same there), and the handler's other reads
// read the module-level constant, which holds the same value. A local that
// a call computes stays, and so does the client.
import { CodeBuildClient, StartBuildCommand } from "@aws-sdk/client-codebuild";
import { SchemasClient } from "@aws-sdk/client-schemas";
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

const region = process.env.REGION;
const codebuild = new CodeBuildClient({ region: region });

export const handler = async (event) => {
  const buildProjectName = process.env.CODEBUILD_PROJECT_NAME;
  // expect: client-in-handler[hoistable]
  return codebuild.send(new StartBuildCommand({ projectName: buildProjectName }));
};

export async function schemaHandler(event) {
  const config = {};
  // expect: client-in-handler[hoistable]
  const schemas = new SchemasClient(config);
  return schemas.config ? event : null;
}

const queueRegion = process.env.QUEUE_REGION;
const sqs = new SQSClient({ region: queueRegion });

export const queueHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  await sqs.send(new SendMessageCommand({ QueueUrl: event.url, MessageBody: queueRegion }));
  return { ok: true };
};

const sharedRegion = process.env.DATA_REGION;
const builds = new CodeBuildClient({ sharedRegion });

const queue = new SQSClient({ sharedRegion });

// Read by two clients in shorthand (`{ sharedRegion }`): the two moves of
// one pass that take it along declare it once at module scope (trial
// 34js, 30/region-const-shared-with-ddb).
export const sharedHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  return [await builds.send(new StartBuildCommand({})), await queue.send(new SendMessageCommand({}))];
};
