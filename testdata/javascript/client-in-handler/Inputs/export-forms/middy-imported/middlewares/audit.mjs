import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

export default {
  after: async (request) => {
    // expect: client-in-handler
    const sqs = new SQSClient({});
    await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE, MessageBody: "done" }));
  },
};
