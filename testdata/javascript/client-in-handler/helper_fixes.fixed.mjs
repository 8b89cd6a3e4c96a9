// RUN: %expect %s
// A client a function the handler calls builds moves to module scope too:
// safe when the handler calls that function as a plain statement of its
// body and the function only calls the client's methods; unsafe, with the
// reason, when a call on the way runs on a branch or in a loop, or the
// function hands the client out.
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";
import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";

const s3 = new S3Client({});

async function upload(key) {
  // expect: client-in-handler[hoistable]
  await s3.send(new PutObjectCommand({ Bucket: "b", Key: key, Body: "x" }));
  return key;
}

const sns = new SNSClient({ region: process.env.AWS_REGION });

const publish = (message) => {
  // expect: client-in-handler[hoistable]
  return sns.send(new PublishCommand({ TopicArn: "t", Message: message }));
};

function queueClient() {
  // expect: client-in-handler[hoistable]
  const sqs = new SQSClient({});
  return sqs;
}

function regional(region) {
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({ region });
  return s3.send(new PutObjectCommand({ Bucket: "b", Key: "k", Body: "x" }));
}

async function publishTwice(message) {
  // expect: client-in-handler[hoistable]
  const topic = new SNSClient({});
  await topic.send(new PublishCommand({ TopicArn: "t", Message: message }));
  await topic.send(new PublishCommand({ TopicArn: "t2", Message: message }));
}

async function notifyAll(messages) {
  for (const message of messages) {
    await publishTwice(message);
  }
}

export const handler = async (event) => {
  const key = await upload(event.key ?? "k");
  await publish("uploaded " + key);
  const queue = event.queue ? queueClient() : null;
  await regional(event.region ?? "us-east-1");
  await notifyAll(event.messages ?? []);
  return { key, queued: queue !== null };
};
