// RUN: %expect %s
// The local constants a client is built from move with it when they are
// environment reads or literals that nothing else in the handler reads:
// the module-level client is built from the same values at INIT (Lambda's
// environment is the same there). A local that other code reads too, or
// that a call computes, stays, and so does the client. A constant two
// clients read moves once, with the first.
import { CodeBuildClient, StartBuildCommand } from "@aws-sdk/client-codebuild";
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
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

export const sharedHandler = async (event) => {
  const dataRegion = process.env.DATA_REGION;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: dataRegion });
  // expect: client-in-handler[hoistable]
  const ddb = new DynamoDBClient({ region: dataRegion });
  const object = await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  const item = await ddb.send(new GetItemCommand({ TableName: "t", Key: { id: { S: "1" } } }));
  return { object, item };
};
