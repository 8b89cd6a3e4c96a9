// RUN: %expect %s
// A function held in a class field (static or instance) or in an object
// literal's property runs when the handler calls it, as a method does
// (trial 19 repro 10: 'static upload = async () => { new S3Client() }').
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { SNSClient } from "@aws-sdk/client-sns";
import { KMSClient } from "@aws-sdk/client-kms";

const s3 = new S3Client({});

const sqs = new SQSClient({});

class Draft {
  static upload = async (key) => {
    // expect: client-in-handler
    return [s3, key];
  };
  send = async () => {
    // expect: client-in-handler
    return sqs;
  };
  // Never called.
  unused = () => {
    // ok: client-in-handler
    return new KMSClient({});
  };
}

const sns = new SNSClient({});

const kms = new KMSClient({});

const helpers = {
  notify: async () => {
    // expect: client-in-handler
    return sns;
  },
  async encrypt() {
    // expect: client-in-handler
    return kms;
  },
};

export const handler = async (event) => {
  const local = {
    sign: () => {
      // expect: client-in-handler
      return new KMSClient({});
    },
  };
  await Draft.upload(event.key);
  await new Draft().send();
  return [await helpers.notify(), await helpers.encrypt(), local.sign()];
};
