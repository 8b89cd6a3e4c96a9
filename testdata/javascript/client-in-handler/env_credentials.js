// RUN: %expect %s
// Credentials are the function's own when they are its environment, read
// inline or through local constants: the client is reported like any
// other. Credentials a call returns during the invocation (STS, a secret)
// are this invocation's: not reported.
const S3 = require("aws-sdk/clients/s3");

exports.handler = async (event) => {
  const region = process.env.AWS_BUCKET_REGION;
  const accessKey = process.env.AWS_ACCESS;
  const secretKey = `${process.env.AWS_SECRET}`;
  // expect: client-in-handler
  const s3 = new S3({ region, accessKeyId: accessKey, secretAccessKey: secretKey });
  return s3.getObject({ Bucket: event.bucket, Key: event.key }).promise();
};

exports.assumed = async (event) => {
  const assumed = await assumeRole(event.role);
  const key = assumed.Credentials.AccessKeyId;
  // ok: client-in-handler
  const s3 = new S3({
    accessKeyId: key,
    secretAccessKey: assumed.Credentials.SecretAccessKey,
    sessionToken: assumed.Credentials.SessionToken,
  });
  return s3.getObject({ Bucket: event.bucket, Key: event.key }).promise();
};

// What a call gives a local this invocation obtains: the construction
// depends on it (JSON: hoistable false), however the call is spelled.
exports.settingsHandler = async (event) => {
  const settings = await getSettings(`${process.env.STAGE}/settings`);
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3({ region: settings.region });
  return s3.getObject({ Bucket: event.bucket, Key: event.key }).promise();
};

// Environment reads through a local, a template or destructuring are as
// hoistable as process.env read inline.
exports.regionalHandler = async (event) => {
  const { BUCKET_REGION } = process.env;
  const endpoint = `https://${process.env.ENDPOINT_HOST}`;
  // expect: client-in-handler[hoistable]
  const s3 = new S3({ region: BUCKET_REGION, endpoint });
  return s3.getObject({ Bucket: event.bucket, Key: event.key }).promise();
};

async function assumeRole(role) {
  return { Credentials: { AccessKeyId: role, SecretAccessKey: "s", SessionToken: "t" } };
}

async function getSettings(id) {
  return { region: id };
}
