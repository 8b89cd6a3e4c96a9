// RUN: %expect %s
// X-Ray's captureAWS returns the SDK it is given, traced: its clients are
// the SDK's (fresh25, cdk-patterns' xray tracer). A function passed bound
// (`load.bind(undefined, event)`) runs as one passed plainly does
// (fresh25, aws-lambda-redshift-loader).
const AWSXRay = require("aws-xray-sdk-core");
const AWS = AWSXRay.captureAWS(require("aws-sdk"));
const { Client } = require("pg");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const sns = new AWS.SNS();
  await sns.publish({ TopicArn: event.topic, Message: "traced" }).promise();
  return new Promise((resolve) => setImmediate(load.bind(undefined, event, resolve)));
};

function load(event, done) {
  // expect: connection-in-handler
  const client = new Client({ host: event.host });
  done(client.host);
}
