// RUN: %expect %s
// A test of module state makes lazy only the branch taken while the state is
// unset, and what follows a branch that returns once it is set; the other
// branch, and what follows an unset branch that may return (from a 'catch',
// a nested 'if'), run on every later invocation (trial 20's repro 01: the
// mongoose docs' and the MongoDB Atlas blog's Lambda shapes).
const AWS = require("aws-sdk");
const { S3Client } = require("@aws-sdk/client-s3");

let cfg = null;
let db = null;
let queue;
let topic;
let store;

async function load() {
  return {};
}

function publisher() {
  // expect: client-in-handler
  return new AWS.SNS();
}

exports.tryHandler = async (event) => {
  if (!cfg) {
    try {
      cfg = await load();
    } catch (err) {
      return { statusCode: 500 };
    }
  }
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.config.region;
};

exports.throwHandler = async (event) => {
  if (!cfg) {
    cfg = await load();
    if (!cfg) throw new Error("no configuration");
  }
  // expect: client-in-handler
  const sqs = new AWS.SQS();
  return sqs;
};

exports.elseHandler = async (event) => {
  if (db == null) {
    db = await load();
    return publisher();
  } else {
    return publisher();
  }
};

exports.setHandler = async (event) => {
  if (db != null) {
    return publisher();
  }
  db = await load();
  return db;
};

exports.lazyHandler = async (event) => {
  if (!queue) {
    // ok: client-in-handler
    queue = new AWS.SQS();
  }
  if (topic) return topic;
  // ok: client-in-handler
  topic = new AWS.SNS();
  // ok: client-in-handler
  const kept = store ? store : (store = new S3Client({}));
  return [queue, topic, kept];
};
