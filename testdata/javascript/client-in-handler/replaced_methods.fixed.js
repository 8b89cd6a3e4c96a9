// RUN: %expect %s
// RUN: %exits 1 %hoist check %s --output-format concise | %FileCheck %s
// Module code that puts a wrapper where a function on the handler's way to
// the construction is kept (a method of a class's prototype, a static
// method replaced in the class's static block, an object's method, a
// function's own name) runs the wrapper's code around every invocation:
// it may set process.env, answer for errors or skip the call (trial 29js).
// Unsafe, naming the assignment; a wrapper that only logs and calls
// through keeps the move safe.
// CHECK-DAG: client-in-handler {{.*}}'protoHandler'{{.*}}no safe fix: module code replaces 'read' with a wrapper ('Service.prototype.read = guarded(Service.prototype.read)', {{.*}}replaced_methods.js:[[@LINE+25]])
// CHECK-DAG: client-in-handler {{.*}}'staticHandler'{{.*}}no safe fix: module code replaces 'main' with a wrapper ('this.main = async (event) => {', {{.*}}replaced_methods.js:[[@LINE+40]])
// CHECK-DAG: client-in-handler {{.*}}'objectHandler'{{.*}}no safe fix: module code replaces 'run' with a wrapper ('jobs.run = async function (event) {', {{.*}}replaced_methods.js:[[@LINE+58]])
// CHECK-DAG: client-in-handler {{.*}}'functionHandler'{{.*}}no safe fix: module code replaces 'work' with a wrapper ('work = guarded(work)', {{.*}}replaced_methods.js:[[@LINE+71]])
// CHECK-DAG: client-in-handler {{.*}}'loggedHandler' (through 'list'); creating it loads service models and resolves credentials, milliseconds to tens of milliseconds each time{{$}}
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

function guarded(method) {
  return async function (event) {
    try {
      return await method.call(this, event);
    } catch (err) {
      return { failed: err.message };
    }
  };
}

class Service {
  async read(event) {
    // expect: client-in-handler
    const s3 = new S3Client({});
    return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  }
}

Service.prototype.read = guarded(Service.prototype.read);

exports.protoHandler = async (event) => {
  const service = new Service();
  return service.read(event);
};

class Job {
  static async main(event) {
    // expect: client-in-handler
    const s3 = new S3Client({});
    return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  }

  static {
    const inner = this.main;
    this.main = async (event) => {
      process.env.AWS_REGION = event.region;
      return inner.call(this, event);
    };
  }
}

exports.staticHandler = async (event) => {
  return Job.main(event);
};

const jobs = {
  async run(event) {
    // expect: client-in-handler
    const s3 = new S3Client({});
    return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  },
};
const run = jobs.run;
jobs.run = async function (event) {
  if (event.warmup) return "warm";
  return run.call(this, event);
};

exports.objectHandler = async (event) => {
  return jobs.run(event);
};

async function work(event) {
  // expect: client-in-handler
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
}
work = guarded(work);

exports.functionHandler = async (event) => {
  return work(event);
};

function logged(method) {
  return function (event) {
    console.log("calling", event.key);
    return method.call(this, event);
  };
}

const s3 = new S3Client({});

class Listing {
  async list(event) {
    // expect: client-in-handler
    return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
  }
}

Listing.prototype.list = logged(Listing.prototype.list);

exports.loggedHandler = async (event) => {
  const listing = new Listing();
  return listing.list(event);
};
