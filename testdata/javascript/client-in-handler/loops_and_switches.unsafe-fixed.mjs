// RUN: %expect %s
// A client built in a loop or a switch case moves only as an unsafe fix:
// the loop builds one per pass and none when it does not run, a case only
// when it matches; at module scope it is built once on every INIT.
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";
import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";

const s3 = new S3Client({});

const sqs = new SQSClient({ region: process.env.AWS_REGION });

const sns = new SNSClient({});

const alerts = new SNSClient({});

export const handler = async (event) => {
  for (const record of event.Records) {
    // expect: client-in-handler
    await s3.send(new PutObjectCommand({ Bucket: "b", Key: record.id, Body: "x" }));
  }
  let attempts = 0;
  do {
    // expect: client-in-handler
    await sqs.send(new SendMessageCommand({ QueueUrl: "q", MessageBody: "m" }));
    attempts += 1;
  } while (attempts < 2);
  switch (event.kind) {
    case "notify": {
      // expect: client-in-handler
      await sns.send(new PublishCommand({ TopicArn: "t", Message: "m" }));
      break;
    }
    default:
      break;
  }
  switch (event.kind) {
    case "alert":
      // A case's own declaration, without a block: the switch's body
      // scopes it (fresh31: taken for a global's read).
      // expect: client-in-handler
      await alerts.send(new PublishCommand({ TopicArn: "t", Message: "a" }));
      break;
    default:
      break;
  }
  for (const record of event.Records) {
    // A client built from the loop's variable stays: it reads a local.
    // expect: client-in-handler
    const regional = new S3Client({ region: record.region });
    await regional.send(new PutObjectCommand({ Bucket: "b", Key: "k", Body: "x" }));
  }
  return { ok: true };
};
