// RUN: %expect %s
// An ES module's local runner, run when the module is the script node was
// given: under Lambda, process.argv[1] is the runtime's bootstrap (trial
// 36js).
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { pathToFileURL } from "node:url";

const s3 = new S3Client({});

export const handler = async (event) => {
  // expect: client-in-handler[hoistable]
  return (await s3.send(new GetObjectCommand({ Bucket: "b", Key: event.key }))).ContentType;
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.env.AWS_REGION = "eu-west-1";
  console.log(await handler({ key: "local" }));
}
