// nodejs24.x: what fails is an error.
const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const s3 = new S3Client({});

// expect: handler-signature
exports.handler = (event, context, callback) => {
  // expect: handler-signature
  context.callbackWaitsForEmptyEventLoop = false;
  // expect: handler-signature
  context.done(null, event);
};

exports.background = function (event, context) {
  // expect: handler-signature
  s3.send(new PutObjectCommand({ Bucket: "b", Key: "k", Body: "x" })).catch(console.error);
  return { accepted: true };
};
