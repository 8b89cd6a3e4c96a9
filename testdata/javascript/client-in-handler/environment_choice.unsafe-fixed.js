// RUN: %expect %s
// A client chosen by the environment between two catalogued constructions
// (`process.env.LOCAL ? new S3Client({ endpoint }) : new S3Client({})`)
// moves whole: the test reads only variables of the environment, literals
// and operators, the same at INIT as in an invocation that does not write
// them (trial 36js). Each arm is a finding; the fix is one. A test that
// reads the event or calls something, a member of a variable (unset, it
// throws), an arm that reads the event, or a test of a variable the
// invocation writes: no safe move.
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

const s3 = process.env.LOCAL ? new S3Client({ endpoint: "http://localhost:4566" }) : new S3Client({});

exports.localHandler = async (event) => {
  // expect: client-in-handler, client-in-handler
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.eventHandler = async (event) => {
  // expect: client-in-handler, client-in-handler
  const s3 = event.local ? new S3Client({ endpoint: "http://localhost:4566" }) : new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.memberHandler = async (event) => {
  // expect: client-in-handler, client-in-handler
  const s3 = process.env.STAGE.startsWith("dev") ? new S3Client({ endpoint: "http://localhost:4566" }) : new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.armHandler = async (event) => {
  // expect: client-in-handler, client-in-handler
  const s3 = process.env.LOCAL ? new S3Client({ region: event.region }) : new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

const chosen = process.env.CHOICE_LOCAL ? new S3Client({ endpoint: "http://localhost:4566" }) : new S3Client({});

exports.writtenHandler = async (event) => {
  process.env.CHOICE_LOCAL = event.local ? "1" : "";
  // expect: client-in-handler
  return chosen.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
