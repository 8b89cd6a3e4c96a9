const { S3Client } = require("@aws-sdk/client-s3");

module.exports = ({ table }) =>
  async (event) => {
    // expect: client-in-handler
    const s3 = new S3Client({});
    return [s3, table, event];
  };
