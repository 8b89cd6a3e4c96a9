import * as cdk from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";

export class OrdersStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new lambda.Function(this, "Orders", {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: lambda.Code.fromAsset("functions"),
      handler: "orders.main",
    });
    new lambda.Function(this, "Notify", {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: lambda.Code.fromAsset("functions"),
      handler: "notify.handler",
    });
    new lambda.Function(this, "Gone", {
      runtime: lambda.Runtime.NODEJS_24_X,
      code: lambda.Code.fromAsset("functions"),
      handler: "orders.gone",
    });
  }
}
