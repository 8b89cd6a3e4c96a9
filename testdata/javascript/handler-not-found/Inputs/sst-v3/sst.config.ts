/// <reference path="./.sst/platform/config.d.ts" />

export default $config({
  app(input) {
    return { name: "notes", home: "aws" };
  },
  async run() {
    await import("./infra/api");
  },
});
