const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

async function readObject(key) {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: "b", Key: key }));
}

module.exports = { readObject };
