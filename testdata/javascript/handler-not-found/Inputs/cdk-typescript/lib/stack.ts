// A CDK app in TypeScript whose functions name exports their modules lack:
// Lambda fails every invoke with Runtime.HandlerNotFound. One whose module
// names the export somewhere (a build may add it) is not reported.
import * as path from "path";
import { Stack, StackProps } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Construct } from "constructs";

// Settings shared by several functions, spread into each (fresh23 M4).
const moduleSettings = { handler: "mian", runtime: lambda.Runtime.NODEJS_20_X };

export class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    // expect: handler-not-found
    new NodejsFunction(this, "Orders", {
      entry: path.join(__dirname, "../lambda/orders.ts"),
      handler: "mian",
      runtime: lambda.Runtime.NODEJS_20_X,
    });
    // expect: handler-not-found
    new lambda.Function(this, "Legacy", {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: "index.proces",
      code: lambda.Code.fromAsset(path.join(__dirname, "../lambda/legacy")),
    });
    // ok: handler-not-found
    new lambda.Function(this, "Generated", {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: "index.generated",
      code: lambda.Code.fromAsset(path.join(__dirname, "../lambda/legacy")),
    });
    // A relative path is the app directory's (where cdk.json is, where the
    // CDK CLI runs the app), not this file's: "lambda/legacy" is there, and
    // "../lambda/legacy" is not (fresh22 M4).
    // expect: handler-not-found
    new lambda.Function(this, "FromApp", {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: "index.js",
      code: lambda.Code.fromAsset("lambda/legacy"),
    });
    // expect: handler-not-found
    new lambda.Function(this, "Joined", {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: "index.proces",
      code: lambda.Code.fromAsset(path.join("lambda", "legacy")),
    });
    // ok: handler-not-found
    new lambda.Function(this, "OutsideApp", {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: "index.proces",
      code: lambda.Code.fromAsset("../lambda/legacy"),
    });
    // The settings given through a spread of a const object literal.
    const functionSettings = { handler: "mian", runtime: lambda.Runtime.NODEJS_20_X };
    // expect: handler-not-found
    new NodejsFunction(this, "Spread", {
      entry: path.join(__dirname, "../lambda/orders.ts"),
      ...functionSettings,
    });
    // expect: handler-not-found
    new NodejsFunction(this, "ModuleSpread", {
      entry: path.join(__dirname, "../lambda/orders.ts"),
      ...moduleSettings,
    });
    // A key after the spread sets it: 'main' is exported.
    // ok: handler-not-found
    new NodejsFunction(this, "Overridden", {
      entry: path.join(__dirname, "../lambda/orders.ts"),
      ...functionSettings,
      handler: "main",
    });
    // The entry as a template literal of __dirname.
    // expect: handler-not-found
    new NodejsFunction(this, "Dirname", {
      entry: `${__dirname}/../lambda/orders.ts`,
      handler: "mian",
    });
    // ok: handler-not-found
    new NodejsFunction(this, "Main", {
      entry: path.join(__dirname, "../lambda/orders.ts"),
      handler: "main",
      runtime: lambda.Runtime.NODEJS_20_X,
    });
  }
}
