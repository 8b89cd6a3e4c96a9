// A call hoist follows by what it spells: each function a table may give
// is followed (trial 37js, A).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

const actions = { setup(e) { process.env.AWS_REGION = e.region; }, none() {} };
const INIT = Symbol("init");
const symbols = { [INIT](r) { process.env.AWS_REGION = r; } };
class Cfg {
  static apply(r) { process.env.AWS_REGION = r; }
  static skip() {}
}
function setRegion(r) { process.env.AWS_REGION = r; }
function noop() {}

exports.computedKeyHandler = async (event) => {
  actions[event.action](event);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.literalKeyHandler = async (event) => {
  actions["setup"](event);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.symbolKeyHandler = async (event) => {
  symbols[INIT](event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.staticChoiceHandler = async (event) => {
  Cfg[event.id ? "apply" : "skip"](event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.arrayElementHandler = async (event) => {
  [setRegion][0](event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.commaHandler = async (event) => {
  (0, setRegion)(event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.conditionalHandler = async (event) => {
  const fn = event.id !== 2 ? setRegion : noop;
  fn(event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.callMethodHandler = async (event) => {
  setRegion.call(null, event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
