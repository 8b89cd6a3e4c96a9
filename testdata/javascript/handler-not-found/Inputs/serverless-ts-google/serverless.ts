// Google Cloud Functions: nothing of Lambda's to read or warn about.
import { functions } from "@functions/config";

const serverlessConfiguration = {
  service: "gcf-template",
  plugins: ["serverless-google-cloudfunctions"],
  provider: { name: "google", runtime: "nodejs20" },
  functions,
};

module.exports = serverlessConfiguration;
