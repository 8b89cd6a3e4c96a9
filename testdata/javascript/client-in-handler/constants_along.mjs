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

export const handler = async (event) => {
  const region = process.env.REGION;
  const buildProjectName = process.env.CODEBUILD_PROJECT_NAME;
  // expect: client-in-handler[hoistable]
  const codebuild = new CodeBuildClient({ region: region });
  return codebuild.send(new StartBuildCommand({ projectName: buildProjectName }));
};

export async function schemaHandler(event) {
  const config = {};
  // expect: client-in-handler[hoistable]
  const schemas = new SchemasClient(config);
  return schemas.config ? event : null;
}

export const queueHandler = async (event) => {
  const queueRegion = process.env.QUEUE_REGION;
  // expect: client-in-handler[hoistable]
  const sqs = new SQSClient({ region: queueRegion });
  await sqs.send(new SendMessageCommand({ QueueUrl: event.url, MessageBody: queueRegion }));
  return { ok: true };
};

// Read by two clients in shorthand (`{ sharedRegion }`): the two moves of
// one pass that take it along declare it once at module scope (trial
// 34js, 30/region-const-shared-with-ddb).
export const sharedHandler = async (event) => {
  const sharedRegion = process.env.DATA_REGION;
  // expect: client-in-handler[hoistable]
  const builds = new CodeBuildClient({ sharedRegion });
  // expect: client-in-handler[hoistable]
  const queue = new SQSClient({ sharedRegion });
  return [await builds.send(new StartBuildCommand({})), await queue.send(new SendMessageCommand({}))];
};
