// RUN: %expect %s
// In strict code an eval's declarations stay its own: the move is safe.
"use strict";
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const s3 = new S3Client({});

exports.handler = async (event) => {
  eval("var S3Client = function () { return {}; }");
  // expect: client-in-handler[hoistable]
  return s3.send(new ListBucketsCommand({ Prefix: event.prefix }));
};
