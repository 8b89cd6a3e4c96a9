// A callback forEach calls, below the handler, runs at INIT then (trial 35js, B).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const DEFAULTS = { AWS_ENDPOINT_URL: "http://localhost:4566" };

exports.handler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

Object.entries(DEFAULTS).forEach(([k, v]) => {
  process.env[k] ??= v;
});
