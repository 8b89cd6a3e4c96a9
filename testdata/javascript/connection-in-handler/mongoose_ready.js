// RUN: %expect %s
// mongoose keeps its default connection in the module: connecting only when
// it is not connected yet, or once into a cached promise, connects once.
const mongoose = require("mongoose");
const { MongoClient } = require("mongodb");

let connecting = null;
let cached;

async function connectOnce(uri) {
  if (mongoose.connection.readyState !== 1) {
    // ok: connection-in-handler
    await mongoose.connect(uri);
  }
  return mongoose;
}

function connectPromise(uri) {
  // ok: connection-in-handler
  connecting = connecting || mongoose.connect(uri).then(() => mongoose);
  return connecting;
}

async function connectCached(uri) {
  if (!cached) {
    // ok: connection-in-handler
    cached = mongoose.createConnection(uri).asPromise();
  }
  return cached;
}

exports.handler = async (event) => {
  await connectOnce(process.env.MONGODB_URI);
  await connectPromise(process.env.MONGODB_URI);
  await connectCached(process.env.MONGODB_URI);
  // A test of another library's state guards nothing here.
  if (mongoose.connection.readyState !== 1) {
    // expect: connection-in-handler
    await MongoClient.connect(process.env.MONGODB_URI);
  }
  // expect: connection-in-handler
  await mongoose.connect(process.env.MONGODB_URI);
  return { ok: true, event };
};
