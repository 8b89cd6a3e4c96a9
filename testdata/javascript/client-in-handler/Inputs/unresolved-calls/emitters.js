// An emitter's `emit` runs the listeners module code registered on it
// (trial 37js, A).
const { S3Client, ListBucketsCommand } = require("@aws-sdk/client-s3");
const { EventEmitter } = require("node:events");

const bus = new EventEmitter();
bus.on("cfg", function (r) { Object.assign(process.env, { AWS_REGION: r }); });
process.on("tenant-config", (r) => { process.env.AWS_REGION = r; });

exports.busHandler = async (event) => {
  bus.emit("cfg", event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};

exports.processHandler = async (event) => {
  process.emit("tenant-config", event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListBucketsCommand({}));
};
