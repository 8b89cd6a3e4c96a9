import { RekognitionClient } from "@aws-sdk/client-rekognition";
import { S3Client } from "@aws-sdk/client-s3";
import { SNSClient } from "@aws-sdk/client-sns";

export const detect = async (image) => {
  // expect: client-in-handler
  const client = new RekognitionClient({});
  return [client, image];
};

export const store = async (key) => {
  // expect: client-in-handler
  const client = new S3Client({});
  return [client, key];
};

export const list = async (prefix) => {
  // expect: client-in-handler
  const client = new S3Client({});
  return [client, prefix];
};

// Given to makeLister, which never calls it.
export const notify = async (message) => {
  // ok: client-in-handler
  const client = new SNSClient({});
  return [client, message];
};
