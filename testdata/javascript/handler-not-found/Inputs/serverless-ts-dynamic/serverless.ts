// Functions built by running code (the directory listed at package time):
// hoist cannot read them, and says so rather than checking nothing silently.
import type { AWS } from "@serverless/typescript";
import all from "./src";

const serverlessConfiguration: AWS = {
  service: "listed",
  provider: { name: "aws", runtime: "nodejs20.x" },
  functions: { ...all() },
};

module.exports = serverlessConfiguration;
