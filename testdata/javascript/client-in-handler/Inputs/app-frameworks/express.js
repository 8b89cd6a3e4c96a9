// An Express app wrapped by serverless-http: every route it (or a router
// it mounts) registers runs on an invocation.
const serverless = require("serverless-http");
const express = require("express");
const { S3Client } = require("@aws-sdk/client-s3");
const { SQSClient } = require("@aws-sdk/client-sqs");
const users = require("./routes/users");

const app = express();
app.use(express.json());

async function listFiles(req, res) {
  // expect: client-in-handler
  const s3 = new S3Client({});
  res.json({ s3: !!s3 });
}

app.get("/files", listFiles);
app.post("/messages", async (req, res) => {
  // expect: client-in-handler
  const sqs = new SQSClient({});
  res.json({ sqs: !!sqs });
});
app.use("/users", users);

// Never registered: not run by any request.
function unused() {
  // ok: client-in-handler
  return new S3Client({});
}

module.exports = { handler: serverless(app), unused };
