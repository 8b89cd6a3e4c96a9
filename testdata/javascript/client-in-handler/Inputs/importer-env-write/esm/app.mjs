// The write comes first in the text, but ES imports load before any of the
// module's code runs.
process.env.AWS_REGION = process.env.TARGET_REGION || "eu-west-1";

import { readObject } from "./store.mjs";

export const handler = async (event) => readObject(event.key);
