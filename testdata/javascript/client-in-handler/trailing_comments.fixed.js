// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// A comment after the statement on its last line ('// why', '/* why */',
// with or without the semicolon) is not other code: the statement moves,
// its comment with it, as a Python statement's trailing comment does
// (fresh24 UX 3: the getting-started example got "no fix: its statement
// shares its lines with other code"). A constant it reads moves with its
// comment too. Code after it on its line still keeps it in place.
"use strict";
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");
const { SNSClient, PublishCommand } = require("@aws-sdk/client-sns");

const s3 = new S3Client({}); // client-in-handler: --fix moves it above the handler

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  return s3.send(new ListBucketsCommand({ id: event.id }));
};

const region = process.env.QUEUE_REGION; /* the queue's, not the function's */
const sqs = new SQSClient({ region }) // no semicolon

exports.queueHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  return sqs.send(new SendMessageCommand({ MessageBody: event.id }));
};

const sns = new SNSClient({}); /* one */ // and two

exports.topicHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  return sns.send(new PublishCommand({ Message: event.id }));
};

exports.sharedHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const shared = new S3Client({}); /* a comment, then code */ console.log(event.id);
  return shared.send(new ListBucketsCommand({}));
};
// CHECK: trailing_comments{{(\.fixed)?}}.js:[[@LINE-3]]:18: client-in-handler {{.*}}; no fix: its statement shares its lines with other code
