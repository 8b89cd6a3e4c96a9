// RUN: %expect %s
// Fixes in an ES module: moved after the imports, before the handler; a
// client the module already builds alike is reused; a module that writes
// the environment the client reads, or a client built in a 'try' block
// that may throw (an error it throws would fail INIT), gets no safe fix; one
// that cannot throw moves out of its 'try' (as Python's do; fresh26: three
// safe fixes missed); one built in a loop gets none.
import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3";
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";
import { KinesisClient, PutRecordCommand } from "@aws-sdk/client-kinesis";

const sqs = new SQSClient({});

const s3 = new S3Client({ region: "us-west-2" });

export const handler = async (event) => {
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  const buckets = await s3.send(new ListBucketsCommand({}));
  const sent = await sqs.send(new SendMessageCommand({ MessageBody: String(event.id) }));
  return { buckets, sent };
};

export const streamHandler = async (event) => {
  process.env.STREAM_REGION = event.region || "us-east-1";
  // expect: client-in-handler[not-hoistable]
  const kinesis = new KinesisClient({ region: process.env.STREAM_REGION });
  return kinesis.send(new PutRecordCommand({ Data: event.id }));
};

const storage = new S3Client({ region: "eu-central-1" });

export const tryHandler = async (event) => {
  try {
    // expect: client-in-handler[hoistable]
    return await storage.send(new ListBucketsCommand({ id: event.id }));
  } catch (error) {
    return { error: String(error) };
  }
};

const regional = new S3Client({ region: process.env.BUCKET_ARN.split(":")[3] });

export const tryArnHandler = async (event) => {
  try {
    // expect: client-in-handler[hoistable]
    return await regional.send(new ListBucketsCommand({ id: event.id }));
  } catch (error) {
    return { error: String(error) };
  }
};

const queue = new SQSClient({});

export const loopHandler = async (event) => {
  const sent = [];
  for (const body of event.bodies || []) {
    // expect: client-in-handler[hoistable]
    sent.push(await queue.send(new SendMessageCommand({ MessageBody: body })));
  }
  return sent;
};
