export const main = async (event: any, context: any) => ({ ok: true });
