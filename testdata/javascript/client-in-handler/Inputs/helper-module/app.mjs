import { putItem } from "./store.mjs";

export const handler = async (event) => {
  await putItem({ id: { S: event.id } });
  return { ok: true };
};
