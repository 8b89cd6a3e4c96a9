// The functions the template configures: checked whatever their names.
const { S3Client } = require("@aws-sdk/client-s3");
const { Pool } = require("pg");

exports.handler = async (event) => {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3;
};

exports.process = async (event) => {
  // expect: connection-in-handler
  const pool = new Pool();
  return pool;
};

exports.routes = {
  main: async () => "ok",
};
