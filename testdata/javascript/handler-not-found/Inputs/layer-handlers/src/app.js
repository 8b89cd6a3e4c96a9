exports.handler = async (event, context) => ({ ok: true });
