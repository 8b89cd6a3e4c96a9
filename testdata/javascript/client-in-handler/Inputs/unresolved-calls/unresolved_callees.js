// A call hoist cannot resolve may run any function of the project kept
// where code can reach it without its name: when one writes the
// environment, the move is unsafe (trial 37js, A).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");

function setRegion(r) { process.env.AWS_REGION = r; }
const steps = new Map([["setup", (r) => { process.env.AWS_ENDPOINT_URL = r; }]]);
const plugins = [{ async setup(e) { process.env.AWS_REGION = e.region; } }];
const registry = { get current() { return { apply: setRegion }; } };

exports.letHandler = async (event) => {
  let step = () => {};
  if (event.id) step = setRegion;
  step(event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.mapHandler = async (event) => {
  steps.get("setup")(event.endpoint);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.pluginHandler = async (event) => {
  for (const p of plugins) await p.setup(event);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.getterHandler = async (event) => {
  registry.current.apply(event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
