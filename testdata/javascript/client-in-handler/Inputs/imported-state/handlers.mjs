// A construction reading what a project module exports reads that
// module's state: an object, a `let` (a live binding), an export one of
// its functions assigns; the invocation may change it (trial 34js, C).
// Constants it exports (literals, environment reads, a frozen object of
// literals) are constants.
import { S3Client, ListBucketsCommand } from "@aws-sdk/client-s3";
import { region, opts, setRegion } from "./config.mjs";
import settings from "./settings.js";
import { REGION, TABLE_REGION, S3_OPTIONS } from "./constants.js";

export const liveHandler = async (event) => {
  setRegion(event.region);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region });
  return s3.send(new ListBucketsCommand({}));
};

export const objectHandler = async (event) => {
  opts.region = event.region;
  // expect: client-in-handler[not-hoistable]
  const s3 = new S3Client(opts);
  return s3.send(new ListBucketsCommand({}));
};

export const settingsHandler = async (event) => {
  settings.configure(event);
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: settings.region });
  return s3.send(new ListBucketsCommand({}));
};

export const constantHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const constant = new S3Client({ region: REGION });
  return constant.send(new ListBucketsCommand({}));
};

export const environmentHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const table = new S3Client({ region: TABLE_REGION });
  return table.send(new ListBucketsCommand({}));
};

export const frozenHandler = async (event) => {
  // expect: client-in-handler[hoistable]
  const frozen = new S3Client(S3_OPTIONS);
  return frozen.send(new ListBucketsCommand({}));
};

// Read through a local constant that moves with the client, the same
// (trial 35js, D): the local's value is judged as the client's.
export const aliasLiveHandler = async (event) => {
  setRegion(event.region);
  const liveRegion = region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: liveRegion });
  return s3.send(new ListBucketsCommand({}));
};

export const aliasSettingsHandler = async (event) => {
  settings.configure(event);
  const settingsRegion = settings.region;
  // expect: client-in-handler[hoistable]
  const s3 = new S3Client({ region: settingsRegion });
  return s3.send(new ListBucketsCommand({}));
};

export const aliasConstantHandler = async (event) => {
  const constantRegion = REGION;
  // expect: client-in-handler[hoistable]
  const aliased = new S3Client({ region: constantRegion });
  return aliased.send(new ListBucketsCommand({}));
};
