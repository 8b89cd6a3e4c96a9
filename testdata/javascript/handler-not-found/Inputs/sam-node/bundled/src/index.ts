export const handler = async () => "built into ../index.js";
