// A project module whose exports the invocation changes.
exports.region = process.env.AWS_REGION;
exports.configure = (event) => {
  exports.region = event.region;
};
