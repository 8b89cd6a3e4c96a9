exports.assumeTenantRole = async (tenant) => ({
  AccessKeyId: `key-${tenant}`,
  SecretAccessKey: "secret",
  SessionToken: "token",
});
