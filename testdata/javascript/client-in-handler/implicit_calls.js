// RUN: %expect %s
// Reads that run code of the project without calling it: a getter (read or
// destructured), a setter, the `then` that `await` calls, the iterator that
// `for...of` or a spread runs (a generator, or the `next` of what it
// returns), `toString` in a template, a static `Symbol.hasInstance` of
// `instanceof` (trial 36js, D). What they run writes the environment
// before the client is built: moved to module scope, the client would read
// INIT's values, so the fix is unsafe. An iterator whose `next` hoist does
// not find may write it too.
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const settings = {
  get apply() {
    process.env.AWS_REGION = "eu-west-1";
    return true;
  },
  set region(region) {
    process.env.AWS_REGION = region;
  },
};
const ready = {
  then(resolve) {
    process.env.AWS_REGION = "eu-west-2";
    resolve(true);
  },
};
const steps = {
  *[Symbol.iterator]() {
    process.env.AWS_REGION = "eu-west-3";
    yield 1;
  },
};
const pages = {
  [Symbol.iterator]() {
    let left = 1;
    return {
      next() {
        process.env.AWS_REGION = "eu-north-1";
        return { done: left-- <= 0, value: left };
      },
    };
  },
};
function iteratorOf(list) {
  let at = 0;
  return { next: () => ({ done: at >= list.length, value: list[at++] }) };
}
const cursor = {
  [Symbol.iterator]() {
    return iteratorOf([1]);
  },
};
const tenant = {
  toString() {
    process.env.AWS_REGION = "eu-south-1";
    return "t";
  },
};
class Tenant {
  static [Symbol.hasInstance](value) {
    process.env.AWS_REGION = "eu-central-1";
    return false;
  }
}

exports.getterHandler = async (event) => {
  void settings.apply;
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.destructuredHandler = async (event) => {
  const { apply } = settings;
  // expect: client-in-handler
  const s3 = new S3Client({});
  return { apply, out: await s3.send(new ListBucketsCommand({})) };
};

exports.setterHandler = async (event) => {
  settings.region = event.region;
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.awaitHandler = async (event) => {
  await ready;
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.iteratorHandler = async (event) => {
  for (const step of steps) void step;
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.spreadHandler = async (event) => {
  const all = [...pages];
  // expect: client-in-handler
  const s3 = new S3Client({});
  return { all, out: await s3.send(new ListBucketsCommand({})) };
};

exports.unknownIteratorHandler = async (event) => {
  const all = Array.from(cursor);
  // expect: client-in-handler
  const s3 = new S3Client({});
  return { all, out: await s3.send(new ListBucketsCommand({})) };
};

exports.templateHandler = async (event) => {
  const label = `tenant=${tenant}`;
  // expect: client-in-handler
  const s3 = new S3Client({});
  return { label, out: await s3.send(new ListBucketsCommand({})) };
};

exports.instanceofHandler = async (event) => {
  if (event instanceof Tenant) return null;
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
