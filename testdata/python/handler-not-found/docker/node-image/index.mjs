export const handler = async () => ({ ok: true });
