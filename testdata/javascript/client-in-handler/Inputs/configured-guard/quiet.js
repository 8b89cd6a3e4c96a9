// A function declared before the construction, a logged line and a `try`
// that catches what it parses cannot end the invocation: the move is safe
// as far as they go (what it dereferences is unset here, so the fix's
// INIT would fail: the test reads hoist's verdict, it runs nothing).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  console.log("event", event.key);
  function label(key) {
    if (!key) return "none";
    return key.toUpperCase();
  }
  let parsed = {};
  try {
    parsed = JSON.parse(event.body);
  } catch (e) {
    parsed = {};
  }
  // expect: client-in-handler[hoistable]
  const quiet = new S3Client({ region: process.env.QUIET_ARN.split(":")[3] });
  return quiet.send(new ListBucketsCommand({ Prefix: label(parsed.key) }));
};
