import * as path from "path";
import { Stack, StackProps } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Construct } from "constructs";

export class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    new NodejsFunction(this, "Orders", {
      entry: path.join(__dirname, "../lambda/orders.ts"),
      handler: "main",
      runtime: lambda.Runtime.NODEJS_20_X,
    });
    new lambda.Function(this, "Legacy", {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: "index.process",
      code: lambda.Code.fromAsset(path.join(__dirname, "../lambda/legacy")),
    });
    // Without a runtime, or not a Node.js one: not a Node.js function.
    new lambda.Function(this, "Unknown", {
      handler: "index.unused",
      code: lambda.Code.fromAsset(path.join(__dirname, "../lambda/legacy")),
    });
    // `new` without arguments
    const built = new Date;
    new lambda.Function(this, "Python", {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: "orders.unused",
      code: lambda.Code.fromAsset(`${__dirname}/../lambda`),
    });
  }
}
