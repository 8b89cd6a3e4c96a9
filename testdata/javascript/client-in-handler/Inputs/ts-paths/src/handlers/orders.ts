// Project modules imported through tsconfig.json's paths and baseUrl.
import { bucketClient } from "@lib/clients";
import { loadConfig } from "#config";
import { queueClient } from "src/lib/queue";

export const handler = async (event: { id: string }) => {
  return [bucketClient(), loadConfig(), queueClient(), event.id];
};
