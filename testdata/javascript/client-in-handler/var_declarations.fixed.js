// RUN: %expect %s
// A client kept in a `var` moves as one in a `const` does when the handler
// uses the name only from the declaration on (fresh25: 10 of cdk-patterns'
// 34 clients): a `var` is the function's from its start, so a use before
// it, in a function declared in the handler (hoisted: it may run first), or
// another declaration of the name keeps it where it is.
var AWS = require("aws-sdk");

var dynamo = new AWS.DynamoDB();

exports.handler = async function (event) {
  // expect: client-in-handler[hoistable]
  var result = await dynamo.getItem({ TableName: "t", Key: { id: { S: event.id } } }).promise();
  return result.Item;
};

exports.earlyHandler = async function (event) {
  if (typeof sns !== "undefined") return "warm";
  // expect: client-in-handler[hoistable]
  var sns = new AWS.SNS();
  return sns.publish({ TopicArn: event.topic, Message: "m" }).promise();
};

exports.hoistedHandler = async function (event) {
  await notify(event);
  // expect: client-in-handler[hoistable]
  var sqs = new AWS.SQS();
  return sqs.sendMessage({ QueueUrl: event.queue, MessageBody: "b" }).promise();

  function notify(e) {
    return sqs ? sqs.sendMessage({ QueueUrl: e.queue, MessageBody: "n" }).promise() : null;
  }
};

exports.againHandler = async function (event) {
  // expect: client-in-handler[hoistable]
  var s3 = new AWS.S3();
  if (event.region) {
    // expect: client-in-handler[not-hoistable]
    s3 = new AWS.S3({ region: event.region });
  }
  return s3.getObject({ Bucket: "b", Key: event.key }).promise();
};
