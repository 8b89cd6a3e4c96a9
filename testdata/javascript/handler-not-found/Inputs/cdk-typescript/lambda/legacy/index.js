// 'generated' is added to module.exports by the build.
exports.process = async (event) => event;
