// A test building a stack to assert on its template: not deployed, so the
// export its function names, missing from its module, is no finding.
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import * as lambda from "aws-cdk-lib/aws-lambda";

test("one function", () => {
  const stack = new Stack(new App(), "Test");
  // ok: handler-not-found
  new lambda.Function(stack, "Fake", {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: "index.nothere",
    code: lambda.Code.fromAsset("lambda/legacy"),
  });
  Template.fromStack(stack).resourceCountIs("AWS::Lambda::Function", 1);
});
