// A module this one imports that does not import it back: the move is safe.
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { label } from "./label.mjs";

export async function plainHandler(event) {
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({});
  return s3.send(new GetObjectCommand({ Bucket: label(), Key: event.key }));
}
