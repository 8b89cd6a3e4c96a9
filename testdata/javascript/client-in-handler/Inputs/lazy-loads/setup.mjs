// Imported by the handlers of esm_writers.mjs.
process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
export default { ready: true };
