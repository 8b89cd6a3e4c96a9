// RUN: %expect %s
// Memoizers the project writes keep what they build, as lodash's do: the
// client is built on the first call only. One that calls its argument
// outside such a test, or hands it on, builds on every call.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");
const { SQSClient } = require("@aws-sdk/client-sqs");
const { SNSClient } = require("@aws-sdk/client-sns");

function memo(factory) {
  let value;
  return () => (value ??= factory());
}

const lazy = (build) => {
  let made;
  return function () {
    if (made === undefined) {
      made = build();
    }
    return made;
  };
};

// Fills its variable every call: no memoizer.
function remember(build) {
  let last;
  return () => {
    last = build();
    return last;
  };
}

// ok: client-in-handler
const getS3 = memo(() => new S3Client({}));
// ok: client-in-handler
const getSqs = lazy(() => new SQSClient({}));
// expect: client-in-handler
const getSns = remember(() => new SNSClient({}));

exports.handler = async (event) => {
  const s3 = getS3();
  const sent = [getSqs(), getSns()];
  return { buckets: await s3.send(new ListBucketsCommand({})), sent: sent.length };
};
