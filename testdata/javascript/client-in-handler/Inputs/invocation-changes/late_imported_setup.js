// Writes the environment when called (late_imported_call.js calls it at INIT).
exports.setup = () => {
  process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
};
