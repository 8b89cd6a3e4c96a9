// RUN: %expect %s
// A name the handler declares in a block with 'var', or as a function
// declared in a block (a 'var' of the function in sloppy mode), is the
// function's own everywhere in it: a construction that reads it builds the
// local's value, not the import's, and gets no fix (trial 35js: moved out of
// a 'try', it named the import instead).
const { S3Client, GetObjectCommand } = require("@aws-sdk/client-s3");

exports.mockHandler = async (event) => {
  if (event.mock) {
    function S3Client() { this.send = async () => ({ region: "mock" }); }
  }
  try {
    // expect: client-in-handler
    const s3 = new S3Client({});
    return (await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }))).region;
  } catch (e) { return e.name; }
};

exports.shadowHandler = async (event) => {
  let out;
  try {
    // expect: client-in-handler
    const s3 = new S3Client({});
    out = (await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }))).region;
  } catch (e) { out = e.name; }
  if (event.mock) { var S3Client = null; }
  return out;
};
