// RUN: %expect %s
// The local constants a client is built from move with it when they are
// environment reads or literals that nothing else in the handler reads:
// the module-level client is built from the same values at INIT (Lambda's
// environment is the same there). A local that other code reads too, or
// that a call computes, stays, and so does the client.
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

// Read by two clients in shorthand (`{ region }`): it cannot move with
// either, and moved with both it would be declared twice at module scope
// (trial 34js, 30/region-const-shared-with-ddb).
export const sharedHandler = async (event) => {
  const sharedRegion = process.env.DATA_REGION;
  // expect: client-in-handler[hoistable]
  const codebuild = new CodeBuildClient({ sharedRegion });
  // expect: client-in-handler[hoistable]
  const sqs = new SQSClient({ sharedRegion });
  return [await codebuild.send(new StartBuildCommand({})), await sqs.send(new SendMessageCommand({}))];
};
