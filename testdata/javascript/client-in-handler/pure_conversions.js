// RUN: %expect %s
// The language's conversions of environment reads give what INIT has too:
// the client moves (trial 37js: `Number(process.env.RETRIES ?? 3)` read as
// a global hoist does not trace). A random value is the invocation's own.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ maxAttempts: Number(process.env.RETRIES ?? 3), customUserAgent: String(process.env.APP ?? "app") });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.randomHandler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({ customUserAgent: "ua-" + Math.random() });
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
