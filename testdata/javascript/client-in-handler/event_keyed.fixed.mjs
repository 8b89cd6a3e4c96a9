// RUN: %expect %s
// A construction that reads the event, or a helper's parameter (also
// through a local const: region = arn.split(":")[3]), cannot
// simply move to module scope: reported as not hoistable. One built from
// constants and the environment can. A wrapper of a client
// (DynamoDBDocumentClient.from(client)) moves if the client does.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";

function topicClient(region) {
  // expect: client-in-handler[not-hoistable]
  return new SNSClient({ region });
}

function arnClient(arn) {
  const region = arn.split(":")[3];
  // expect: client-in-handler[not-hoistable]
  return new S3Client({ region });
}

const table = new DynamoDBClient({});

export const handler = async (event) => {
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region: event.region });
  // expect: client-in-handler[hoistable]
  const sqs = new SQSClient({ region: process.env.AWS_REGION });
  // expect: client-in-handler[not-hoistable]
  const regional = new DynamoDBClient({ region: event.region });
  // expect: client-in-handler[not-hoistable]
  const regionalDocuments = DynamoDBDocumentClient.from(regional);
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  const documents = DynamoDBDocumentClient.from(table);
  return [s3, sqs, topicClient(event.region), arnClient(event.arn), regionalDocuments, documents];
};

// expect: client-in-handler[not-hoistable]
export const lambdaHandler = (event) => new S3Client({ endpoint: event.endpoint });
