// RUN: %expect %s
// Two handlers that build one client alike: the first move binds it at
// module scope, the other handler then reuses it (a second declaration of
// the name would not load). A function declaration the module calls before
// its definition keeps its client; so does a handler whose factory declares
// the name too.
import { S3Client, HeadObjectCommand } from "@aws-sdk/client-s3";

export const readHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new HeadObjectCommand({ Bucket: "b", Key: event.id }));
};

export const writeHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new HeadObjectCommand({ Bucket: "w", Key: event.id }));
};

const warmed = warmHandler({ id: "warm" });

export async function warmHandler(event) {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: "eu-west-1" });
  return { warmed: !!warmed, head: await s3.send(new HeadObjectCommand({ Key: event.id })) };
}

// A handler a factory makes: its client moves above the factory, unless the
// factory declares the name too (the handler would then read the factory's).
function makeHandler(bucket) {
  return async (event) => {
    // expect: client-in-handler[hoistable]
    const storage = new S3Client({});
    return storage.send(new HeadObjectCommand({ Bucket: bucket, Key: event.id }));
  };
}
function makeShadowedHandler(s3) {
  return async (event) => {
    // expect: client-in-handler[hoistable]
    const s3 = new S3Client({ region: "ap-south-1" });
    return s3.send(new HeadObjectCommand({ Key: event.id }));
  };
}
export const madeHandler = makeHandler("made");
export const shadowedHandler = makeShadowedHandler(null);
