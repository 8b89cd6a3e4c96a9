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
