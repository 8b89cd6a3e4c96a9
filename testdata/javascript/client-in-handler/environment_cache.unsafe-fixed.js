// RUN: %expect %s
// Values a function writes into process.env last as long as the process,
// as module state does: a test of them guards a cache (trial 20 repro 06:
// NIT's middleware loads its SSM secrets into process.env while some are
// unset, on the first invocation only). A test of a variable it never
// writes guards nothing.
const AWS = require("aws-sdk");

const nameOf = (path) => path.split("/").pop();

async function loadSecrets(names) {
  // ok: client-in-handler
  const ssm = new AWS.SSM();
  const response = await ssm.getParameters({ Names: names, WithDecryption: true }).promise();
  return response.Parameters;
}

async function secretsMiddleware(next) {
  const unloaded = process.env.SECRETS.split(",").filter((path) => process.env[nameOf(path)] === undefined);
  if (unloaded.length === 0) return next();
  const parameters = await loadSecrets(unloaded);
  parameters.forEach((parameter) => {
    process.env[nameOf(parameter.Name)] = parameter.Value;
  });
  return next();
}

const sqs = new AWS.SQS();

const sns = new AWS.SNS();

exports.handler = async (event) => {
  await secretsMiddleware(() => null);
  if (process.env.DB_HOST == null) {
    // ok: client-in-handler
    const ssm = new AWS.SSM();
    const parameter = await ssm.getParameter({ Name: "db-host" }).promise();
    process.env.DB_HOST = parameter.Parameter.Value;
  }
  // expect: client-in-handler
  if (process.env.IS_OFFLINE) {
    return sqs;
  } else {
    // expect: client-in-handler
    return sns.publish({ Message: process.env.DB_HOST }).promise();
  }
};

const ssm = new AWS.SSM();

// Written by a name computed, the environment is a cache of what is read
// by a name computed: a test of a variable it names guards nothing.
async function loadStaged() {
  if (process.env.STAGE !== "prod") {
    return;
  }
  // expect: client-in-handler
  const response = await ssm.getParametersByPath({ Path: "/prod" }).promise();
  response.Parameters.forEach((parameter) => {
    process.env[nameOf(parameter.Name)] = parameter.Value;
  });
}

exports.stagedHandler = async (event) => {
  await loadStaged();
  return event.id;
};
