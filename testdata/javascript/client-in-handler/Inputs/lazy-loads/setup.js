// Loaded by handlers of writers.js: writes the environment as it loads.
process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
