// RUN: %expect %s
// Suppression comments in JavaScript: one that silences a
// finding is used; one on a line with nothing to silence, or naming a rule
// hoist does not have, is reported (and --fix removes it).
import { S3Client } from "@aws-sdk/client-s3";
import { SNSClient } from "@aws-sdk/client-sns";

const sns = new SNSClient({});

export const handler = async (event) => {
  // ok: client-in-handler
  const s3 = new S3Client({}); // hoist: ignore[client-in-handler]
  // expect: unused-suppression
  const total = event.items.length;
  // expect: unused-suppression
  const name = event.name;
  // Text in a string is not a suppression.
  // ok: unused-suppression
  const note = "// hoist: ignore[client-in-handler]";
  // expect: client-in-handler, unused-suppression
  return [s3, total, name, note, sns];
};
