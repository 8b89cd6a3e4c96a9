import { putItem } from "./store";

export const handler = async (event: { id: string }) => {
  await putItem({ id: event.id });
  return { ok: true };
};
