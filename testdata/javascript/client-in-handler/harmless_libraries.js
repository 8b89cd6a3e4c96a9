// RUN: %expect %s
// Node's own modules, the AWS SDKs and well-known pure libraries the
// catalogue lists (javascript_harmless_calls) write no environment: a
// handler calling them keeps its safe fix (trial 34js, A).
const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const { randomUUID } = require("node:crypto");
const path = require("path");
const { v4: uuid } = require("uuid");
const dayjs = require("dayjs");

exports.handler = async (event) => {
  const key = path.join("uploads", String(randomUUID()), String(uuid()));
  const stamp = dayjs(event.time);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new PutObjectCommand({ Bucket: "b", Key: key, Body: String(stamp) }));
};
