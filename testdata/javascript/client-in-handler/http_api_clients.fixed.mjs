// RUN: %expect %s
// SDK clients of HTTP APIs that hold no connection pool of their own, built
// per invocation: the LINE bot SDK's (7's 'Client', 8's 'messagingApi.*Client'),
// and openai 3's 'OpenAIApi' (4's 'OpenAI' holds a pool: connection-in-handler).
import * as line from "@line/bot-sdk";
import { Client, messagingApi } from "@line/bot-sdk";
import { Configuration, OpenAIApi } from "openai";

const { MessagingApiClient } = messagingApi;

const replies = new Client({ channelAccessToken: process.env.LINE_TOKEN });

const pushes = new line.messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN });

const blobs = new messagingApi.MessagingApiBlobClient({ channelAccessToken: process.env.LINE_TOKEN });

const bot = new MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN });

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));

export const handler = async (event) => {
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  // expect: client-in-handler[hoistable]
  // ok: client-in-handler
  const settings = new Configuration({ apiKey: process.env.OPENAI_API_KEY });
  await replies.replyMessage(event.replyToken, { type: "text", text: "hi" });
  await pushes.pushMessage({ to: event.to, messages: [] });
  await blobs.getMessageContent(event.messageId);
  await bot.broadcast({ messages: [] });
  const answer = await openai.createCompletion({ model: "text-davinci-003", prompt: event.q });
  return { answer: answer.data, key: settings.apiKey.length };
};
