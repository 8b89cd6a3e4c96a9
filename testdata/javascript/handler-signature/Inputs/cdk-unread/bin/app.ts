import * as cdk from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";

const app = new cdk.App();
const stack = new cdk.Stack(app, "Unread");
const codeDir = process.env.CODE_DIR ?? "src";
// Its code is a variable hoist does not read: the function is not tied to
// its file, and its runtime is unknown.
new lambda.Function(stack, "Dynamic", {
  runtime: lambda.Runtime.NODEJS_14_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset(codeDir),
});
