import { clients, ClientCache, Sns, Dynamo } from "./lib/clients";
import { Repo } from "./lib/repo";

const local = new ClientCache();

export const handler = async (event: { id: string }) => [
  clients.s3Client(),
  clients.sqsClient(),
  local.s3Client(),
  Sns.get(),
  Dynamo.get(),
  new Repo().db(),
  event.id,
];
