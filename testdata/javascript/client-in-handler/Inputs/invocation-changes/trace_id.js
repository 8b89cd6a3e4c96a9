// The Node.js runtime sets _X_AMZN_TRACE_ID anew for every invocation: a
// client built from it is not INIT's to build (trial 34js, G).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

exports.handler = async (event) => {
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client({
    customUserAgent: "trace/" + (process.env._X_AMZN_TRACE_ID || "none"),
  });
  return s3.send(new ListBucketsCommand({}));
};
