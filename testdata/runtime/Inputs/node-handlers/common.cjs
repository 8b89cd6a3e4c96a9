module.exports.handler = async () => ({ cjs: true });
