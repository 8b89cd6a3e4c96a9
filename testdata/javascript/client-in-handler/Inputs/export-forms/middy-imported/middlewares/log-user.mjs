import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";

export const LogUser = {
  before: async (request) => {
    // expect: client-in-handler
    const sns = new SNSClient({});
    await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: "login" }));
  },
};
