// RUN: %expect %s
// AWS SDK v3 clients built in an ES module handler: every import form.
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { SQSClient as Queue } from "@aws-sdk/client-sqs";
import * as sns from "@aws-sdk/client-sns";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

// ok: client-in-handler
const shared = new S3Client({});

function documentClient() {
  // expect: client-in-handler
  return DynamoDBDocumentClient.from(new DynamoDBClient({}));
}

const s3 = new S3Client({ region: process.env.AWS_REGION });

const queue = new Queue({});

const topic = new sns.SNSClient({});

export const handler = async (event) => {
  // expect: client-in-handler
  // expect: client-in-handler
  // expect: client-in-handler
  const table = documentClient();
  // ok: client-in-handler
  const command = new GetObjectCommand({ Bucket: event.bucket, Key: "k" });
  return [s3, queue, topic, table, shared, command].length;
};
