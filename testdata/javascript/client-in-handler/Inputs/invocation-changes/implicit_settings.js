// A getter of the module's exports that writes the environment when read.
Object.defineProperty(exports, "loaded", {
  get() {
    process.env.AWS_ENDPOINT_URL = "http://localhost:4566";
    return true;
  },
});
