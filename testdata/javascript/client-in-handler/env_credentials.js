// RUN: %expect %s
// Credentials are the function's own when they are its environment, read
// inline or through local constants: the client is reported like any
// other. Credentials a call returns during the invocation (STS, a secret)
// are this invocation's: not reported.
const S3 = require("aws-sdk/clients/s3");
const STS = require("aws-sdk/clients/sts");

const sts = new STS();

exports.handler = async (event) => {
  const region = process.env.AWS_BUCKET_REGION;
  const accessKey = process.env.AWS_ACCESS;
  const secretKey = `${process.env.AWS_SECRET}`;
  // expect: client-in-handler
  const s3 = new S3({ region, accessKeyId: accessKey, secretAccessKey: secretKey });
  return s3.getObject({ Bucket: event.bucket, Key: event.key }).promise();
};

exports.assumed = async (event) => {
  const assumed = await sts.assumeRole({ RoleArn: event.role, RoleSessionName: "s" }).promise();
  const key = assumed.Credentials.AccessKeyId;
  // ok: client-in-handler
  const s3 = new S3({
    accessKeyId: key,
    secretAccessKey: assumed.Credentials.SecretAccessKey,
    sessionToken: assumed.Credentials.SessionToken,
  });
  return s3.getObject({ Bucket: event.bucket, Key: event.key }).promise();
};
