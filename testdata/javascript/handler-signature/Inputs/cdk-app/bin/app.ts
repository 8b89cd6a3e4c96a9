import * as cdk from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as path from "path";

const app = new cdk.App();
const stack = new cdk.Stack(app, "Signatures");
new lambda.Function(stack, "Current", {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: "index.handler",
  code: lambda.Code.fromAsset(path.join(__dirname, "../lambda")),
});
new lambda.Function(stack, "Legacy", {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: "legacy.handler",
  code: lambda.Code.fromAsset(path.join(__dirname, "../lambda")),
});
// A leading '/' in a path.join segment is a separator, not a root
// (fresh26: the function was dropped silently).
new lambda.Function(stack, "Slashed", {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: "slashed.handler",
  code: lambda.Code.fromAsset(path.join(__dirname, "/../lambda")),
});
// new AssetCode(...) is what Code.fromAsset returns.
new lambda.Function(stack, "Asset", {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: "asset.handler",
  code: new lambda.AssetCode(`./lambda`),
});
