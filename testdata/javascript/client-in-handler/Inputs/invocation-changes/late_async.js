// Work module code starts above the handler and finishes later (an async
// function called at once, past its first await; a timer's callback) runs
// after a client moved above the handler is built (trial 34js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const ready = (async () => {
  await Promise.resolve();
  process.env.AWS_REGION = "eu-west-1";
})();

exports.handler = async (event) => {
  await ready;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
