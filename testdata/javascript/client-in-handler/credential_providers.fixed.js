// RUN: %expect %s
// A credential provider of the SDK's (`fromEnv()`, `fromNodeProviderChain()`,
// `fromTemporaryCredentials({...})` of '@aws-sdk/credential-providers')
// obtains credentials when the client first needs them, and keeps them: a
// client given one is built per invocation like any other, and moves. One
// given what the invocation names (a role from the event) is this
// invocation's: not reported (trial 37js: they went unreported).
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");
const { fromEnv, fromNodeProviderChain, fromTemporaryCredentials } = require("@aws-sdk/credential-providers");

const s3 = new S3Client({ credentials: fromEnv() });

exports.envHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

const chained = new S3Client({ credentials: fromNodeProviderChain({ timeout: 1000 }) });

exports.chainHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  return chained.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

const reader = new S3Client({
  credentials: fromTemporaryCredentials({ params: { RoleArn: process.env.READER_ROLE_ARN } }),
});

exports.roleHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  return reader.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};

exports.eventRoleHandler = async (event) => {
  // ok: client-in-handler
  const tenant = new S3Client({
    credentials: fromTemporaryCredentials({ params: { RoleArn: event.roleArn } }),
  });
  return tenant.send(new GetObjectCommand({ Bucket: "b", Key: event.key }));
};
