// Required by a handler of esm_writers.mjs through createRequire.
process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
