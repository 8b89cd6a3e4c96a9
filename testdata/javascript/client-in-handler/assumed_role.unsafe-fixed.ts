// RUN: %expect %s
// A client given credentials that this invocation obtained (STS AssumeRole
// for the event's account) depends on the invocation: it cannot move to
// module scope, and is not reported, as in Python; nor is what wraps it.
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { S3Client } from "@aws-sdk/client-s3";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

// ok: client-in-handler
const sts = new STSClient({});
const staticCredentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

const table = new DynamoDBClient({ credentials: staticCredentials });

export async function handler(event: { roleArn: string }) {
  const { Credentials: creds } = await sts.send(
    new AssumeRoleCommand({ RoleArn: event.roleArn, RoleSessionName: "hoist" }),
  );
  // ok: client-in-handler
  const s3 = new S3Client({
    credentials: {
      accessKeyId: creds!.AccessKeyId!,
      secretAccessKey: creds!.SecretAccessKey!,
      sessionToken: creds!.SessionToken,
    },
  });
  // ok: client-in-handler
  const tenant = new DynamoDBClient({ credentials: { accessKeyId: creds!.AccessKeyId!, secretAccessKey: creds!.SecretAccessKey! } });
  // ok: client-in-handler
  const tenantDocuments = DynamoDBDocumentClient.from(tenant);
  // expect: client-in-handler
  return [s3, tenantDocuments, table];
}
