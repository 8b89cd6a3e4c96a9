// The SDK v3 client resolves the credentials' variables once, when built:
// moved to module scope it would sign every tenant's calls with the first
// tenant's keys.
const { S3Client, ListObjectsV2Command } = require("@aws-sdk/client-s3");
const { assumeTenantRole } = require("./tenant_role");

exports.handler = async (event) => {
  const role = await assumeTenantRole(event.tenant);
  process.env.AWS_ACCESS_KEY_ID = role.AccessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = role.SecretAccessKey;
  process.env.AWS_SESSION_TOKEN = role.SessionToken;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new ListObjectsV2Command({ Bucket: event.bucket }));
};
