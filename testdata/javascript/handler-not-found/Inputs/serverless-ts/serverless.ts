// The layout `serverless create --template aws-nodejs-typescript` writes:
// each function's configuration in its directory's index.ts, its handler
// `${handlerPath(__dirname)}/handler.main`.
import type { AWS } from "@serverless/typescript";
import create from "@functions/create";
import legacy from "@functions/legacy";

const serverlessConfiguration: AWS = {
  service: "orders",
  frameworkVersion: "3",
  plugins: ["serverless-esbuild"],
  provider: { name: "aws", runtime: "nodejs20.x" },
  functions: {
    create,
    // expect: handler-not-found
    legacy,
    report: {
      handler: "src/functions/create/handler.report",
    },
  },
};

module.exports = serverlessConfiguration;
